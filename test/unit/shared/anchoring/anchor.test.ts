import { describe, expect, it } from 'vitest';
import { MIN_SCORE, reanchor } from '../../../../shared/anchoring/anchor';
import { anchorFor } from '../../../../shared/anchoring/selectors';

const ORIGINAL = [
  'The council approved the budget on Tuesday.',
  'Officials said the new bridge cost £40 million to build, far above the estimate.',
  'The council spent £3 million on road repairs last year.',
  'Residents were asked for their views in a survey.',
].join('\n');

const claimText = 'the new bridge cost £40 million to build';
const start = ORIGINAL.indexOf(claimText);
const anchor = anchorFor(ORIGINAL, start, start + claimText.length);

describe('reanchor', () => {
  it('keeps the exact position when the text is unchanged', () => {
    expect(reanchor(ORIGINAL, anchor)).toEqual({ start, end: start + claimText.length, method: 'position', score: 1 });
  });

  it('finds the quote when text before it moved it', () => {
    const edited = `BREAKING: ${ORIGINAL}`;
    const match = reanchor(edited, anchor)!;
    expect(match.method).toBe('quote');
    expect(edited.slice(match.start, match.end)).toBe(claimText);
  });

  it('follows a lightly edited quote with a fuzzy match', () => {
    const edited = ORIGINAL.replace('cost £40 million to build', 'cost £42 million to build').replace(
      'Officials said',
      'Officials told reporters',
    );
    const match = reanchor(edited, anchor)!;
    expect(match.method).toBe('fuzzy');
    expect(edited.slice(match.start, match.end)).toBe('the new bridge cost £42 million to build');
    expect(match.score).toBeGreaterThanOrEqual(MIN_SCORE);
  });

  it('chooses between two identical quotes by their context', () => {
    const sentence = 'the figure was 12 per cent';
    const text = `In March, the figure was 12 per cent higher. In June, the figure was 12 per cent lower.`;
    const second = text.lastIndexOf(sentence);
    const secondAnchor = anchorFor(text, second, second + sentence.length);
    const shifted = `Update: ${text}`;
    const match = reanchor(shifted, secondAnchor)!;
    expect(match.start).toBe(shifted.lastIndexOf(sentence));
  });

  it('orphans a claim whose sentence was deleted rather than attach it to a near-duplicate elsewhere', () => {
    const roads = 'The council spent £3 million on road repairs last year.';
    const roadStart = ORIGINAL.indexOf(roads);
    const roadAnchor = anchorFor(ORIGINAL, roadStart, roadStart + roads.length);
    const edited =
      ORIGINAL.replace(`${roads}\n`, '') +
      '\nIn a separate report, the council spent £3 million on park repairs last year.';
    expect(reanchor(edited, roadAnchor)).toBeNull();
  });

  it('orphans a claim when the passage was rewritten beyond recognition', () => {
    const edited = ORIGINAL.replace(
      'Officials said the new bridge cost £40 million to build',
      'Nobody knows what the crossing cost',
    );
    expect(reanchor(edited, anchor)).toBeNull();
  });
});
