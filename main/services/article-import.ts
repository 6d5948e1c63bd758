import { promises as fs } from 'node:fs';
import path from 'node:path';
import MarkdownIt from 'markdown-it';
import mammoth from 'mammoth';
import { splitMetaLines } from '../../shared/article-structure/recognise';
import { structureBlocks, txtImportBlocks } from '../../shared/article-structure/structured-import';
import { txtParagraphs } from '../../shared/article-structure/txt-blocks';
import type { ArticleImportResult } from '../../shared/api';
import { htmlBlocks } from './article-blocks';
import { describeFile, describeFsError } from './project-io';

/**
 * An article file turned into HTML for the editor. The renderer sanitises
 * the HTML before Lexical sees it; nothing here trusts the file.
 */
export const ARTICLE_EXTENSIONS = ['txt', 'md', 'markdown', 'html', 'htm', 'docx'] as const;
export const MAX_ARTICLE_BYTES = 25 * 1024 * 1024;

export type ArticleImport = ArticleImportResult;

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Paragraphs are separated by blank lines; where a text has none, every line is a paragraph. */
export function plainTextToHtml(text: string): string {
  const normalised = text.replace(/\r\n?/g, '\n');
  const paragraphs = /\n\s*\n/.test(normalised) ? normalised.split(/\n\s*\n/).map((p) => p.replace(/\s*\n\s*/g, ' ')) : normalised.split('\n');
  return paragraphs
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join('\n');
}

function titleFromHtml(html: string): string {
  const match = /<title[^>]*>([^<]*)<\/title>/i.exec(html) ?? /<h1[^>]*>([\s\S]*?)<\/h1>/i.exec(html);
  return match ? match[1].replace(/<[^>]*>/g, '').replace(/\s+/g, ' ').trim() : '';
}

async function docxToHtml(buffer: Buffer): Promise<string> {
  // Images are dropped without being read: an imported article needs none, and a
  // linked image could point anywhere on disk.
  const result = await mammoth.convertToHtml(
    { buffer },
    {
      styleMap: ["p[style-name='Quote'] => blockquote:fresh", "p[style-name='Intense Quote'] => blockquote:fresh"],
      convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
    },
  );
  return result.value.replace(/<img[^>]*>/g, '');
}

async function toHtml(extension: string, bytes: Buffer): Promise<string> {
  const text = () => new TextDecoder('utf-8').decode(bytes);
  switch (extension) {
    case 'txt':
      return plainTextToHtml(text());
    case 'md':
    case 'markdown':
      return new MarkdownIt({ html: false, linkify: false }).render(text());
    case 'html':
    case 'htm':
      return text();
    case 'docx':
      return docxToHtml(bytes);
    default:
      throw new Error(`unsupported file type “.${extension}” (use .txt, .md, .html or .docx)`);
  }
}

/** The Word reader's own errors ("[xmldom error] entity not found: ...") are not for users. */
function describeDocxError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const entity = /entity not found:\s*(&[^;\s]+;)/.exec(message)?.[1];
  if (entity) return `it is not a Word document Factdesk can read (its text uses an XML entity, “${entity}”, which Factdesk does not expand)`;
  return 'it is not a Word document Factdesk can read (it may be damaged, or another kind of file)';
}

export async function importArticleFile(filePath: string): Promise<ArticleImport> {
  const fileName = path.basename(filePath);
  const fail = (problem: string): ArticleImport => ({ ok: false, message: `The article ${describeFile(filePath)} could not be imported: ${problem}.` });
  const extension = path.extname(filePath).slice(1).toLowerCase();
  try {
    const stat = await fs.stat(filePath);
    if (!stat.isFile()) return fail('it is not a regular file');
    if (stat.size > MAX_ARTICLE_BYTES) return fail(`it is too large (${Math.round(stat.size / 1048576)} MB; the limit is 25 MB)`);
    const bytes = await fs.readFile(filePath);
    const html = await toHtml(extension, bytes);
    const fallbackTitle = fileName.replace(/\.[^.]+$/, '');
    // Headline, byline, outlet, date, subheads, captions (shared/article-structure); `html` stays for Undo.
    const blocks = extension === 'txt' ? txtImportBlocks(splitMetaLines(txtParagraphs(new TextDecoder('utf-8').decode(bytes)))) : htmlBlocks(html);
    const structured = structureBlocks(blocks);
    const title = titleFromHtml(html) || structured.fields.title || fallbackTitle;
    return { ok: true, html, title: titleFromHtml(html) || fallbackTitle, fileName, structured: { ...structured, fields: { ...structured.fields, title } } };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException)?.code;
    if (code) return fail(describeFsError(error));
    if (extension === 'docx') return fail(describeDocxError(error));
    return fail(error instanceof Error ? error.message.replace(/\.$/, '') : String(error));
  }
}
