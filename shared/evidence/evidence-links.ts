import { newId } from '../util/ids';
import type { EvidenceLink, Source, Stance } from '../project/schema';
import { anchorFor } from '../anchoring/selectors';

export const STANCE_LABELS: Record<Stance, string> = {
  supports: 'Supports',
  contradicts: 'Contradicts',
  context: 'Context',
};

/** A link from a claim to the excerpt [start, end) of a source's frozen text. */
export function newEvidenceLink(
  claimId: string,
  source: Source,
  start: number,
  end: number,
  stance: Stance,
  note: string,
  author: string,
  now: Date,
): EvidenceLink {
  return {
    id: newId('ev'),
    claimId,
    sourceId: source.id,
    stance,
    anchor: anchorFor(source.text, start, end),
    note: note.trim(),
    createdBy: author,
    createdAt: now.toISOString(),
  };
}
