import { findClaims, type ClaimSuggestion } from '../../../shared/claim-finder';

/** Helpers for the finder's speaker tests: an article from its paragraphs, and the speaker of the suggestion holding a phrase. */

export const article = (...paragraphs: string[]) => paragraphs.join('\n');

export function suggestionWith(text: string, needle: string): ClaimSuggestion {
  const found = findClaims(text, { minScore: 0 }).find((s) => s.text.includes(needle));
  if (!found) throw new Error(`no suggestion contains “${needle}”`);
  return found;
}

export const speakerOf = (text: string, needle: string) => {
  const { speaker, speakerKind } = suggestionWith(text, needle);
  return { speaker, speakerKind };
};
