import path from 'node:path';
import { plainTextOf } from '../../../shared/article/plain-text';
import { runExtraction } from '../../formats/extraction/run-extraction';
import { eitherOf, namedExtensions, readsAs } from '../../formats/formats';
import { readCappedFile } from '../../formats/read-capped-file';
import { describeFile, describeFsError, loadProjectFile } from '../project-file/project-io';

/**
 * An article file as plain text with the project's convention (blocks joined
 * by one "\n"), so offsets printed by the CLI match claim selectors: any
 * article format of main/formats, read in the extraction worker, or a
 * .factdesk project (its article body).
 */

/** For a .factdesk project: what the app leaves out of suggestions (dismissed ones, spans already marked as claims). */
export interface ProjectSuggestionState {
  dismissed: string[];
  claimSpans: { start: number; end: number }[];
}

export type ArticleTextResult =
  { ok: true; text: string; project?: ProjectSuggestionState } | { ok: false; message: string };

export async function articleTextOf(filePath: string): Promise<ArticleTextResult> {
  const extension = path.extname(filePath).slice(1).toLowerCase();
  const fail = (problem: string): ArticleTextResult => ({
    ok: false,
    message: `The file ${describeFile(filePath)} could not be read: ${problem}.`,
  });
  if (extension === 'factdesk') {
    const loaded = await loadProjectFile(filePath);
    if (!loaded.ok) return loaded;
    const { text, marks } = plainTextOf(loaded.project.article.body);
    const claimSpans = [...marks.values(), ...loaded.project.claims.map((claim) => claim.anchor.position)];
    return { ok: true, text, project: { dismissed: loaded.project.dismissedSuggestions, claimSpans } };
  }
  if (!readsAs(extension, 'article')) {
    return fail(
      `it is not an article file Factdesk reads (use ${eitherOf([...namedExtensions('article'), 'a .factdesk project'])})`,
    );
  }
  let bytes: Buffer;
  try {
    ({ bytes } = await readCappedFile(filePath, 'article'));
  } catch (error) {
    return fail(describeFsError(error));
  }
  try {
    return { ok: true, text: await runExtraction('articleText', bytes, extension) };
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
}
