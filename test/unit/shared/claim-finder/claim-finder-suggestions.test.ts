import { describe, expect, it } from 'vitest';
import {
  findClaims,
  pendingSuggestions,
  suggestionKey,
  suggestionsToAcceptAll,
  tagsForAcceptedSuggestion,
  withDismissed,
} from '../../../../shared/claim-finder';

const text = [
  'Bills will rise 14 percent in 2027, the council said.',
  'Water use fell by a fifth last summer, Jane Doe said.',
  'Reserves stood at 18.6 million crowns in March.',
].join('\n');

describe('suggestion keys and the list the UI shows', () => {
  it('keys ignore case, spacing and quote style but not the words', () => {
    const key = suggestionKey({ text: '“Rents rose 38 percent”  in five years' });
    expect(key).toBe(suggestionKey({ text: '"rents rose 38 percent" in five years' }));
    expect(key).not.toBe(suggestionKey({ text: '"rents rose 39 percent" in five years' }));
    expect(key).toMatch(/^s1-[0-9a-f]{16}$/);
  });

  it('keeps dismissed suggestions dismissed across runs, even after the text moves', () => {
    const first = findClaims(text, { minScore: 0 });
    const dismissed = withDismissed(
      [],
      first.find((s) => s.text.includes('Reserves'))!,
    );
    expect(
      withDismissed(
        dismissed,
        first.find((s) => s.text.includes('Reserves'))!,
      ),
    ).toEqual(dismissed);
    const edited = `A new opening paragraph.\n${text}`;
    const pending = pendingSuggestions(findClaims(edited, { minScore: 0 }), dismissed, []);
    expect(pending.map((s) => s.text).join(' | ')).not.toContain('Reserves');
    expect(pending.some((s) => s.text.includes('Water use'))).toBe(true);
  });

  it('hides suggestions overlapping an existing claim and orders the rest by score', () => {
    const all = findClaims(text, { minScore: 0 });
    const water = all.find((s) => s.text.includes('Water use'))!;
    const pending = pendingSuggestions(all, [], [{ start: water.start + 3, end: water.start + 10 }]);
    expect(pending).not.toContain(water);
    expect(pending.map((s) => s.score)).toEqual([...pending.map((s) => s.score)].sort((a, b) => b - a));
    expect(suggestionsToAcceptAll(pending, 0.99).every((s) => s.score >= 0.99)).toBe(true);
    expect(suggestionsToAcceptAll(pending, 0).map((s) => s.start)).toEqual(
      [...pending.map((s) => s.start)].sort((a, b) => a - b),
    );
  });

  it('pre-fills the attributed tag with the detected speaker and its kind', () => {
    const water = findClaims(text, { minScore: 0 }).find((s) => s.text.includes('Water use'))!;
    expect(tagsForAcceptedSuggestion(water)).toEqual({
      attributed: { speaker: 'Jane Doe', kind: 'person' },
      disputed: null,
      free: [],
    });
    expect(
      tagsForAcceptedSuggestion({ ...water, speaker: 'Port Authority', speakerKind: 'organization' }).attributed,
    ).toEqual({ speaker: 'Port Authority', kind: 'organization' });
    expect(tagsForAcceptedSuggestion({ ...water, speaker: null, attributed: false }).attributed).toBeNull();
  });
});
