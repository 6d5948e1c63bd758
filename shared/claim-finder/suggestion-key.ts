import type { ClaimSuggestion } from './find-claims';

/**
 * A stable key for a suggestion, remembered in project.dismissedSuggestions.
 * It hashes the normalised claim text (case, spacing and quote style ignored)
 * rather than offsets, so a dismissed suggestion stays dismissed after edits
 * elsewhere in the article. FNV-1a, 2 x 32 bits: short, and collisions between
 * sentences of one article are vanishingly unlikely.
 */
export function suggestionKey(suggestion: Pick<ClaimSuggestion, 'text'>): string {
  const normalised = suggestion.text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[“”„]/g, '"')
    .replace(/[‘’]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
  return `s1-${fnv1a(normalised, 0x811c9dc5)}${fnv1a(normalised, 0x01000193)}`;
}

function fnv1a(text: string, seed: number): string {
  let hash = seed >>> 0;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
