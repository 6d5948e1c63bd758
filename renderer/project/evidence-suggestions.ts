import type { EvidenceSuggestion } from '../../shared/evidence/evidence-index';
import { factdesk } from '../factdesk';
import { documentStore } from './document-store';

/** The passages that best bear on a claim, ranked in main where the source texts and their index live. */
export async function fetchEvidenceSuggestions(claimText: string, top = 5): Promise<EvidenceSuggestion[]> {
  const doc = documentStore.get();
  if (!doc || doc.project.sources.length === 0 || claimText.trim() === '') return [];
  const answer = await factdesk.suggestEvidence({
    session: doc.session,
    claimText,
    sourceIds: doc.project.sources.map((source) => source.id),
    top,
  });
  // Not ok only if a source's text never reached main (it would not save either): nothing to suggest from it.
  return answer.ok ? answer.suggestions : [];
}
