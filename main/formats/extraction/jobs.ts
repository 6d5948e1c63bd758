import type { ExtractionLimits, LimitKind } from './limits';

/**
 * What the extraction worker can be asked to do: one document's bytes in, its
 * text or HTML out, read by the format layer (main/formats/read.ts), which
 * loads a format's readers only when a document of it is read.
 */

export type Progress = (fraction: number) => void;
type Args = [bytes: Buffer, extension: string, limits: ExtractionLimits, progress: Progress];

export const JOBS = {
  /** A source document's title and text. */
  sourceText: async (...args: Args) => (await import('../read')).readSource(...args),
  /** An article as HTML for the editor (which sanitises it), with its title. */
  articleHtml: async (...[bytes, extension, limits]: Args) =>
    (await import('../read')).readArticleHtml(bytes, extension, limits),
  /** An article as plain text with the project's block convention (the CLI). */
  articleText: async (...[bytes, extension, limits]: Args) =>
    (await import('../read')).readArticleText(bytes, extension, limits),
};

export type JobName = keyof typeof JOBS;
export type JobResult<J extends JobName> = Awaited<ReturnType<(typeof JOBS)[J]>>;

export interface ExtractRequest {
  job: JobName;
  /** Lower case, without the dot. */
  extension: string;
  bytes: Uint8Array;
  limits: ExtractionLimits;
}

export type WorkerMessage<J extends JobName> =
  | { type: 'progress'; fraction: number }
  | { type: 'done'; value: JobResult<J> }
  | { type: 'failed'; limit: LimitKind | null; message: string };
