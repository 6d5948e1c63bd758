import { MAX_PROJECT_BYTES } from '../../shared/project/schema';

/**
 * The most Factdesk reads of each kind of input, in bytes: the one size
 * policy for files the user names (read-capped-file.ts), files dropped on the
 * window, and web pages fetched as sources. How far reading one may go once
 * it is in (text, inflated size, pages, depth, time, memory) is the
 * extraction worker's: extraction/limits.ts.
 */

const MB = 1024 * 1024;

export const SIZE_LIMITS = {
  project: MAX_PROJECT_BYTES,
  article: 25 * MB,
  source: 25 * MB,
  /** A Web Annotation collection (factdesk import-annotations): the claims and their notes, no article or source text. */
  annotations: 64 * MB,
  /** A file dropped on the window, which sends its bytes (shared/api.ts's DroppedFile allows their base64). */
  dropped: 25 * MB,
  /** A web page fetched as a source, counted as it is decompressed. */
  webPage: 5 * MB,
} as const;

/** What the user may name a file of, to be read from disk. */
export type FileKind = Exclude<keyof typeof SIZE_LIMITS, 'dropped' | 'webPage'>;

/** "25 MB", as the messages say it. */
export const megabytes = (bytes: number) => `${Math.round(bytes / MB)} MB`;
