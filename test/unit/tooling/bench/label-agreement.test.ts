import { describe, expect, it } from 'vitest';
import { agreement, loadBothLabellers } from '../../../../bench/label-agreement';
import { ratesOf } from '../../../../bench/claim-metrics';
import { loadRealCopy } from '../../../../bench/real-copy';

describe('label agreement (bench/label-agreement.ts)', () => {
  const articles = loadRealCopy('dev').filter((article) => article.batch === 21);

  it('scores a labeller against itself as full agreement', () => {
    const rates = ratesOf(agreement(articles, articles));
    expect(rates.f1).toBe(1);
    expect(rates.speakerAccuracy).toBe(1);
  });

  it('counts one speaker written differently as one disagreement', () => {
    const [first, ...rest] = articles;
    const index = first.claims.findIndex((claim) => claim.speaker !== null);
    const claims = first.claims.map((claim, at) => (at === index ? { ...claim, speaker: 'Someone Else' } : claim));
    const changed = { ...first, claims };
    const tally = agreement(articles, [changed, ...rest]);
    expect(tally.attributed - tally.speakerRight).toBe(1);
  });

  it("places every one of the second labeller's labels on its article's text", () => {
    const { first, second } = loadBothLabellers();
    expect(second).toHaveLength(12);
    expect(second.map((article) => article.name)).toEqual(first.map((article) => article.name));
    expect(second.every((article) => article.claims.length > 10)).toBe(true);
  });
});
