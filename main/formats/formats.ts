/**
 * Every kind of document Factdesk reads, by file extension, and what it may
 * be read as: an article (imported into the editor as HTML, or as plain text
 * by the CLI) or a source (its title and text). Main checks names, fills the
 * file dialogs and words its messages from this table; the extraction worker
 * reads each format with its readers (readers.ts, typed against this table).
 * The readers are kept apart so that main's bundle does not carry them.
 */

export type ReadAs = 'article' | 'source';

interface FormatSpec {
  /** Lower case, without the dot; the first is the one messages name. */
  extensions: readonly string[];
  readAs: readonly ReadAs[];
}

export const FORMATS = {
  text: { extensions: ['txt'], readAs: ['article', 'source'] },
  markdown: { extensions: ['md', 'markdown'], readAs: ['article', 'source'] },
  html: { extensions: ['html', 'htm'], readAs: ['article', 'source'] },
  word: { extensions: ['docx'], readAs: ['article', 'source'] },
  pdf: { extensions: ['pdf'], readAs: ['source'] },
} as const satisfies Record<string, FormatSpec>;

export type FormatName = keyof typeof FORMATS;
const FORMAT_NAMES = Object.keys(FORMATS) as FormatName[];

/** The format a file extension (lower case, no dot) names, if Factdesk reads it. */
export function formatOf(extension: string): FormatName | null {
  return FORMAT_NAMES.find((name) => (FORMATS[name].extensions as readonly string[]).includes(extension)) ?? null;
}

/** Whether a file with this extension may be read as an article, or as a source. */
export function readsAs(extension: string, use: ReadAs): boolean {
  const format = formatOf(extension);
  return format !== null && (FORMATS[format].readAs as readonly ReadAs[]).includes(use);
}

const formatsFor = (use: ReadAs) =>
  FORMAT_NAMES.filter((name) => (FORMATS[name].readAs as readonly ReadAs[]).includes(use));

/** Every extension read as an article (the Import Article dialog's filter). */
export const ARTICLE_EXTENSIONS = formatsFor('article').flatMap((name) => FORMATS[name].extensions);
/** Every extension read as a source (the Import Source dialog's filter). */
export const SOURCE_EXTENSIONS = formatsFor('source').flatMap((name) => FORMATS[name].extensions);

/** One extension per format (the first), with its dot, for messages: [".txt", ".md", ...]. */
export function namedExtensions(use?: ReadAs): string[] {
  return (use ? formatsFor(use) : FORMAT_NAMES).map((name) => `.${FORMATS[name].extensions[0]}`);
}

/** "a, b or c". */
export const eitherOf = (names: readonly string[]) => `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;
