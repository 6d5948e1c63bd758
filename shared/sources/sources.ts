import { reanchor } from '../anchoring/anchor';
import { newId } from '../util/ids';
import type { EvidenceLink, Project, Source } from '../project/schema';

/** Sources in the project: creating them, and what goes with one when it is removed. */

export const MAX_SOURCE_CHARS = 20_000_000;

export interface SourceDraft {
  title: string;
  text: string;
  outlet?: string;
  author?: string;
  url?: string;
  fileName?: string;
  /** YYYY-MM-DD, or '' when not known. */
  publishedDate?: string;
}

/** A new source from a draft; the text is frozen as given (line endings made "\n"). */
export function createSource(draft: SourceDraft, now: Date): Source {
  const text = draft.text.replace(/\r\n?/g, '\n');
  return {
    id: newId('src'),
    title: draft.title.trim() || draft.fileName || draft.url || 'Untitled source',
    outlet: draft.outlet?.trim() ?? '',
    author: draft.author?.trim() ?? '',
    url: draft.url?.trim() ?? '',
    fileName: draft.fileName ?? '',
    accessedAt: now.toISOString(),
    publishedDate: draft.publishedDate ?? '',
    text,
  };
}

export function evidenceOfSource(project: Pick<Project, 'evidence'>, sourceId: string): EvidenceLink[] {
  return project.evidence.filter((link) => link.sourceId === sourceId);
}

/** The project without the source and the evidence links into it. */
export function withoutSource<P extends { sources: { id: string }[] } & Pick<Project, 'evidence'>>(
  project: P,
  sourceId: string,
): P {
  return {
    ...project,
    sources: project.sources.filter((source) => source.id !== sourceId),
    evidence: project.evidence.filter((link) => link.sourceId !== sourceId),
  };
}

/**
 * Where an evidence link's excerpt is now: its position if the quote is still
 * there, else re-anchored from its quote (shared/anchoring/anchor.ts); null = broken.
 */
export function locateExcerpt(
  source: Pick<Source, 'text'>,
  link: Pick<EvidenceLink, 'anchor'>,
): { start: number; end: number } | null {
  const match = reanchor(source.text, link.anchor);
  return match ? { start: match.start, end: match.end } : null;
}
