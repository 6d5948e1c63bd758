/** The claim finder's public surface (see find-claims.ts for how it works). */
export { findClaims, DEFAULT_MIN_SCORE, type ClaimSuggestion, type FindClaimsOptions } from './find-claims';
export { suggestionKey } from './suggestion-key';
export {
  pendingSuggestions,
  suggestionsToAcceptAll,
  tagsForAcceptedSuggestion,
  withDismissed,
  type Span,
} from './suggestion-list';
