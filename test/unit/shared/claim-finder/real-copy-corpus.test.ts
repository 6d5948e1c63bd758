import { describe, expect, it } from 'vitest';
import { loadRealCopy } from '../../../../bench/real-copy';

describe('the real-copy corpus (test/fixtures/real-copy)', () => {
  for (const half of ['dev', 'held-out'] as const) {
    it(`${half}: every label is found in its article and every speaker has a kind`, () => {
      const articles = loadRealCopy(half);
      expect(articles.length).toBeGreaterThanOrEqual(8);
      expect(new Set(articles.map((article) => article.style))).toEqual(
        new Set(['wire', 'broadcaster', 'online', 'tabloid']),
      );
      for (const article of articles) {
        expect(article.claims.length).toBeGreaterThan(5);
        const lines = article.raw.split('\n').map((line) => line.trim());
        expect(lines).toContain(article.structure.headline);
        for (const line of [...article.structure.subheads, ...article.structure.nonBody])
          expect(lines, `${article.name}: ${line}`).toContain(line);
      }
    });
  }
});
