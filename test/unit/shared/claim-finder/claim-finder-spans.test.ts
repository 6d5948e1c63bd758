import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findClaims, type ClaimSuggestion } from '../../../../shared/claim-finder';
import { loadLabelledSet, parseLabelledArticle } from '../../../../bench/claim-fixtures';

function expectExactSpans(plain: string, suggestions: ClaimSuggestion[]) {
  let previousStart = -1;
  for (const suggestion of suggestions) {
    expect(plain.slice(suggestion.start, suggestion.end)).toBe(suggestion.text);
    expect(suggestion.start).toBeGreaterThan(previousStart);
    expect(suggestion.text).toBe(suggestion.text.trim());
    expect(suggestion.text).not.toContain('\n');
    previousStart = suggestion.start;
  }
}

const articles = [...loadLabelledSet('tuning'), ...loadLabelledSet('held-out')];

describe('claim-finder spans', () => {
  it('turns fixture markup into spans over the clean text', () => {
    const article = parseLabelledArticle(
      'sport-x',
      'Title here\n\n"[[We won 3-0|Ana Ruiz]]," she said.\nSame paragraph [[with 2 goals]].',
    );
    expect(article.text).toBe('Title here\n"We won 3-0," she said. Same paragraph with 2 goals.');
    expect(article.claims).toEqual([
      { text: 'We won 3-0', start: 12, end: 22, speaker: 'Ana Ruiz' },
      { text: 'with 2 goals', start: 50, end: 62, speaker: null },
    ]);
    expect(article.genre).toBe('sport');
  });

  it('gives exact offsets in document order on every fixture article', () => {
    expect(articles.length).toBeGreaterThanOrEqual(14);
    for (const article of articles) {
      const suggestions = findClaims(article.text, { minScore: 0 });
      expect(suggestions.length).toBeGreaterThan(5);
      expectExactSpans(article.text, suggestions);
    }
  });

  it('gives exact offsets for any mix of fixture sentences, blank lines, curly quotes and non-ASCII text', () => {
    const sentences = articles.flatMap((article) => article.text.split('\n'));
    const piece = fc.oneof(
      fc.constantFrom(...sentences),
      fc.constantFrom(
        '',
        ' ',
        '“Prices rose 40 percent,” she said. ',
        'Ærøskøbing’s café sold 2,000 crêpes in 2024 😀. ',
        '\t',
      ),
    );
    fc.assert(
      fc.property(
        fc.array(piece, { minLength: 1, maxLength: 8 }),
        fc.array(fc.constantFrom('\n', ' ', ''), { minLength: 8, maxLength: 8 }),
        (pieces, joins) => {
          const plain = pieces.map((p, i) => p + joins[i]).join('');
          expectExactSpans(plain, findClaims(plain, { minScore: 0 }));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('handles empty and blank text', () => {
    expect(findClaims('')).toEqual([]);
    expect(findClaims('\n\n  \n')).toEqual([]);
  });
});
