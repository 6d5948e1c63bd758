import path from 'node:path';
import MarkdownIt from 'markdown-it';
import mammoth from 'mammoth';
import { describeFile, describeFsError } from './project-io';
import { FILE_SIZE_LIMITS, readCappedFile } from './read-capped-file';

/**
 * An article file turned into HTML for the editor. The renderer sanitises
 * the HTML before Lexical sees it; nothing here trusts the file.
 */
export const ARTICLE_EXTENSIONS = ['txt', 'md', 'markdown', 'html', 'htm', 'docx'] as const;
export const MAX_ARTICLE_BYTES = FILE_SIZE_LIMITS.article;

export type ArticleImport = { ok: true; html: string; title: string; fileName: string } | { ok: false; message: string };

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

export async function importArticleFile(filePath: string): Promise<ArticleImport> {
  const fileName = path.basename(filePath);
  const fail = (problem: string): ArticleImport => ({ ok: false, message: `The article ${describeFile(filePath)} could not be imported: ${problem}.` });
  const extension = path.extname(filePath).slice(1).toLowerCase();
  try {
    const { bytes } = await readCappedFile(filePath, 'article');
    const html = await toHtml(extension, bytes);
    const fallbackTitle = fileName.replace(/\.[^.]+$/, '');
    return { ok: true, html, title: titleFromHtml(html) || fallbackTitle, fileName };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException)?.code;
    if (code) return fail(describeFsError(error));
    return fail(error instanceof Error ? error.message.replace(/\.$/, '') : String(error));
  }
}
