import { newId } from './ids';
import type { EvidenceLink, Project, Source } from './schema';

/** Sources in the project: creating them, and what goes with one when it is removed. */

export const MAX_SOURCE_CHARS = 20_000_000;

export interface SourceDraft {
  title: string;
  text: string;
  outlet?: string;
  author?: string;
  url?: string;
  fileName?: string;
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
    text,
  };
}

export function evidenceOfSource(project: Pick<Project, 'evidence'>, sourceId: string): EvidenceLink[] {
  return project.evidence.filter((link) => link.sourceId === sourceId);
}

/** The project without the source and the evidence links into it. */
export function withoutSource<P extends Pick<Project, 'sources' | 'evidence'>>(project: P, sourceId: string): P {
  return {
    ...project,
    sources: project.sources.filter((source) => source.id !== sourceId),
    evidence: project.evidence.filter((link) => link.sourceId !== sourceId),
  };
}

/**
 * Whether an evidence link still points at its excerpt: the position selector
 * must still cover the quoted text. When it does not, the exact quote is
 * looked for once; fuzzy re-anchoring lives in shared/anchor.ts.
 */
export function locateExcerpt(source: Pick<Source, 'text'>, link: Pick<EvidenceLink, 'anchor'>): { start: number; end: number } | null {
  const { position, quote } = link.anchor;
  if (source.text.slice(position.start, position.end) === quote.exact) return position;
  if (!quote.exact) return null;
  const found = source.text.indexOf(quote.exact);
  return found === -1 ? null : { start: found, end: found + quote.exact.length };
}
