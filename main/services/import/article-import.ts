import path from 'node:path';
import type { ArticleImportResult } from '../../../shared/api';
import { ExtractionLimitError } from '../../formats/extraction/limits';
import { runExtraction, type ExtractionOptions } from '../../formats/extraction/run-extraction';
import { eitherOf, namedExtensions, readsAs } from '../../formats/formats';
import { readCappedFile } from '../../formats/read-capped-file';
import { describeFile, describeFsError } from '../project-file/project-io';

/**
 * An article file turned into HTML for the editor, read in the extraction
 * worker by the format layer (main/formats). The renderer sanitises the HTML
 * before Lexical sees it; nothing here trusts the file.
 */

export type ArticleImport = ArticleImportResult;

export async function importArticleFile(filePath: string, options: ExtractionOptions = {}): Promise<ArticleImport> {
  const fileName = path.basename(filePath);
  const fail = (problem: string): ArticleImport => ({
    ok: false,
    message: `The article ${describeFile(filePath)} could not be imported: ${problem}.`,
  });
  const extension = path.extname(filePath).slice(1).toLowerCase();
  if (!readsAs(extension, 'article'))
    return fail(`unsupported file type “.${extension}” (use ${eitherOf(namedExtensions('article'))})`);
  try {
    const { bytes } = await readCappedFile(filePath, 'article');
    const { html, title, structured } = await runExtraction('articleHtml', bytes, extension, options);
    const fallbackTitle = fileName.replace(/\.[^.]+$/, '');
    return {
      ok: true,
      html,
      title: title || fallbackTitle,
      fileName,
      structured: { ...structured, fields: { ...structured.fields, title: structured.fields.title || fallbackTitle } },
    };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException)?.code;
    if (code) return fail(describeFsError(error));
    if (error instanceof ExtractionLimitError) return fail(error.message);
    return fail(error instanceof Error ? error.message.replace(/\.$/, '') : String(error));
  }
}
