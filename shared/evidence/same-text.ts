/**
 * Passages that are the same text in several sources — wire copy run by
 * several outlets, syndication — are one piece of evidence, not independent
 * confirmations. Two passages are the same text when their words (case,
 * punctuation and quote style ignored) are the same.
 */

export function sameTextKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Groups items by sameTextKey of their text, keeping the order of each group's first item. */
export function groupSameText<T>(items: readonly T[], textOf: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = sameTextKey(textOf(item));
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return [...groups.values()];
}
