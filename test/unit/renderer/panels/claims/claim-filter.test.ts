import { describe, expect, it } from 'vitest';
import { newClaim } from '../../../../../shared/claims/claim-factory';
import type { Claim } from '../../../../../shared/project/schema';
import { claimMatcher, matchesFilter, NO_FILTER } from '../../../../../renderer/panels/claims/claim-filter';

const base = newClaim('clm_1', 'Unemployment fell to 4%', 'Ana', new Date('2026-11-25T00:00:00Z'));
const search = (text: string) => ({ ...NO_FILTER, text });

describe('searching claims', () => {
  it('finds the words in the quote, note, speaker, dispute reason and tags, ignoring case and surrounding spaces', () => {
    const claim: Claim = {
      ...base,
      note: 'Checked with ONS',
      tags: { attributed: { speaker: 'Jo Marlow' }, disputed: { reason: 'Seasonal' }, free: ['economy'] },
    };
    for (const text of ['unemployment', 'ons', ' MARLOW ', 'seasonal', 'ECONOMY'])
      expect(matchesFilter(claim, claim.anchor.quote.exact, search(text)), text).toBe(true);
    expect(matchesFilter(claim, claim.anchor.quote.exact, search('inflation'))).toBe(false);
  });

  it('looks in the quote it is given (the highlight as it reads now), not a remembered one', () => {
    const matches = claimMatcher(search('rose'));
    expect(matches(base, 'Unemployment fell to 4%')).toBe(false);
    expect(matches(base, 'Unemployment rose to 5%')).toBe(true);
    expect(matches(base, 'Unemployment fell to 4%')).toBe(false);
  });

  it('sees a changed claim (a new object) at once', () => {
    const matches = claimMatcher(search('disputed by unions'));
    expect(matches(base, base.anchor.quote.exact)).toBe(false);
    const noted = { ...base, note: 'Disputed by unions' };
    expect(matches(noted, base.anchor.quote.exact)).toBe(true);
  });

  it('applies verdict, tag and status filters before the text', () => {
    const rated: Claim = { ...base, verdict: 'false', tags: { ...base.tags, free: ['economy'] } };
    expect(matchesFilter(rated, 'x', { ...NO_FILTER, verdict: 'false', tag: 'economy', status: 'open' })).toBe(true);
    expect(matchesFilter(rated, 'x', { ...NO_FILTER, verdict: 'accurate' })).toBe(false);
    expect(matchesFilter(rated, 'x', { ...NO_FILTER, tag: 'disputed' })).toBe(false);
    expect(matchesFilter(rated, 'x', { ...NO_FILTER, status: 'approved' })).toBe(false);
  });
});
