import { createEvidenceIndex, suggestEvidence, syncEvidenceIndex, type EvidenceIndex, type EvidenceSuggestion } from '../../shared/evidence/evidence-index';
import type { Source } from '../../shared/schema';

/**
 * The evidence index for the open project, built on first use and kept in
 * step with the project's sources (added and removed incrementally).
 */
let index: EvidenceIndex | null = null;
let indexedSources: readonly Source[] | null = null;

export function evidenceSuggestions(sources: readonly Source[], claimText: string, top = 5): EvidenceSuggestion[] {
  if (sources.length === 0 || claimText.trim() === '') return [];
  if (!index) index = createEvidenceIndex();
  if (indexedSources !== sources) {
    syncEvidenceIndex(index, sources);
    indexedSources = sources;
  }
  return suggestEvidence(index, claimText, { top });
}

/** Forget the index when a project closes. */
export function resetEvidenceIndex(): void {
  index = null;
  indexedSources = null;
}
