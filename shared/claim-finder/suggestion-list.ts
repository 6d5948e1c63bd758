import type { ClaimSuggestion } from './find-claims';
import type { ClaimTags } from '../project/schema';
import { suggestionKey } from './suggestion-key';

/**
 * What the claims UI needs around findClaims, kept pure so it is tested here:
 * which suggestions to show, how to remember a dismissal, and the tags an
 * accepted suggestion starts with. Suggestions never change the text or
 * existing claims.
 */

export interface Span {
  start: number;
  end: number;
}

/** Suggestions not dismissed and not already covered by an existing claim (any overlap), best score first. */
export function pendingSuggestions(
  suggestions: readonly ClaimSuggestion[],
  dismissed: readonly string[],
  claimSpans: readonly Span[],
): ClaimSuggestion[] {
  const dismissedKeys = new Set(dismissed);
  return suggestions
    .filter((suggestion) => !dismissedKeys.has(suggestionKey(suggestion)))
    .filter((suggestion) => !claimSpans.some((span) => span.start < suggestion.end && suggestion.start < span.end))
    .sort((a, b) => b.score - a.score || a.start - b.start);
}

/** The project's dismissedSuggestions after dismissing one more (unchanged if already there). */
export function withDismissed(dismissed: readonly string[], suggestion: ClaimSuggestion): string[] {
  const key = suggestionKey(suggestion);
  return dismissed.includes(key) ? [...dismissed] : [...dismissed, key];
}

/** Tags for the claim an accepted suggestion becomes: `attributed` with the detected speaker and its kind, if any. */
export function tagsForAcceptedSuggestion(suggestion: ClaimSuggestion): ClaimTags {
  if (!suggestion.speaker) return { attributed: null, disputed: null, free: [] };
  const attributed = suggestion.speakerKind
    ? { speaker: suggestion.speaker, kind: suggestion.speakerKind }
    : { speaker: suggestion.speaker };
  return { attributed, disputed: null, free: [] };
}

/** "Accept all above a threshold": the pending suggestions scoring at least minScore, in document order. */
export function suggestionsToAcceptAll(pending: readonly ClaimSuggestion[], minScore: number): ClaimSuggestion[] {
  return pending.filter((suggestion) => suggestion.score >= minScore).sort((a, b) => a.start - b.start);
}
