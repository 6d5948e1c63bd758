import type { EvidenceSuggestion } from '../../shared/evidence/evidence-index';
import { factdesk } from '../factdesk';
import { documentStore } from './document-store';

/**
 * The passages that best bear on a claim, ranked in main where the source
 * texts and their index live. Main names any source whose text it has not
 * seen (one added in this window); those texts are sent once, then it asks again.
 */
export async function fetchEvidenceSuggestions(claimText: string, top = 5): Promise<EvidenceSuggestion[]> {
  const doc = documentStore.get();
  if (!doc || doc.project.sources.length === 0 || claimText.trim() === '') return [];
  const { session, project } = doc;
  const request = { session, claimText, sourceIds: project.sources.map((source) => source.id), top };
  let answer = await factdesk.suggestEvidence(request);
  if (!answer.ok) {
    const missing = new Set(answer.missingSourceIds);
    await factdesk.putSourceTexts(session, project.sources.filter((source) => missing.has(source.id)).map(({ id, text }) => ({ id, text })));
    answer = await factdesk.suggestEvidence(request);
  }
  return answer.ok ? answer.suggestions : [];
}
