import { describe, expect, it } from 'vitest';
import { newClaim } from '../../../../shared/claims/claim-factory';
import { claimCounts, claimCountsText } from '../../../../shared/review/claim-counts';
import { sentUnreadyGaps } from '../../../../shared/review/readiness';
import { canSignOff, signOffBlockers, signOffRecord, signOffScope } from '../../../../shared/review/sign-off-gate';
import type { Claim } from '../../../../shared/project/schema';

const made = new Date('2026-11-22T09:00:00Z');
const claim = (number: number, fields: Partial<Claim>): Claim => ({
  ...newClaim(`c${number}`, `Claim text ${number}`, 'Priya Shah', made, number),
  ...fields,
});
const hold = (reason: string) => ({ reason, by: 'Dana Okoye', at: '2026-11-23T09:00:00Z' });

describe('the sign-off gate', () => {
  // The desk's story: 11 claims, 4 sent and approved, 7 still open (2 of them unrated).
  const story = [
    ...[1, 2, 3, 4].map((n) => claim(n, { verdict: 'accurate', status: 'approved' })),
    ...[5, 6, 7, 8, 9].map((n) => claim(n, { verdict: 'mixed', status: 'open' })),
    ...[10, 11].map((n) => claim(n, { status: 'open' })),
  ];

  it('blocks on every claim not rated and approved, saying why, in claim-number order', () => {
    const blockers = signOffBlockers([...story].reverse());
    expect(blockers.map((b) => b.claim.number)).toEqual([5, 6, 7, 8, 9, 10, 11]);
    expect(blockers[0].reasons).toEqual(['not sent to review']);
    expect(blockers[5].reasons).toEqual(['not rated', 'not sent to review']);
    expect(canSignOff(story)).toBe(false);
  });

  it('names each kind of blocker: awaiting review, sent back, approved but unrated, held without a reason', () => {
    expect(signOffBlockers([claim(1, { verdict: 'false', status: 'needs-review' })])[0].reasons).toEqual([
      'awaiting review',
    ]);
    expect(signOffBlockers([claim(1, { verdict: 'false', status: 'changes-requested' })])[0].reasons).toEqual([
      'sent back for changes',
    ]);
    expect(signOffBlockers([claim(1, { status: 'approved' })])[0].reasons).toEqual(['not rated']);
    expect(signOffBlockers([claim(1, { notForPublication: hold('  ') })])[0].reasons).toEqual([
      'held from publication without a reason',
    ]);
  });

  it('opens when every claim is approved and rated or held back with a reason, and records exactly what was signed off', () => {
    const settled = [
      ...story.slice(0, 4),
      ...story.slice(4).map((c) => ({ ...c, notForPublication: hold('Legal has not cleared it') })),
    ];
    expect(canSignOff(settled)).toBe(true);
    const record = signOffRecord(settled, 'Dana Okoye', '2026-11-24T10:00:00Z');
    expect(record).toEqual({
      by: 'Dana Okoye',
      at: '2026-11-24T10:00:00Z',
      approved: [1, 2, 3, 4],
      notForPublication: [5, 6, 7, 8, 9, 10, 11],
      notReviewed: [],
    });
    expect(signOffScope(record)).toBe('4 claims approved, 7 not for publication');
  });

  it('a project with no claims cannot be signed off', () => {
    expect(canSignOff([])).toBe(false);
  });
});

describe('claim counts, said truthfully', () => {
  it('"11 claims: 4 approved, 7 not reviewed (2 unrated)": unreviewed claims are never "checked"', () => {
    const story = [
      ...[1, 2, 3, 4].map((n) => claim(n, { verdict: 'accurate', status: 'approved' })),
      ...[5, 6, 7, 8, 9].map((n) => claim(n, { verdict: 'mixed', status: 'open' })),
      ...[10, 11].map((n) => claim(n, { status: 'open' })),
    ];
    expect(claimCountsText(claimCounts(story))).toBe('11 claims: 4 approved, 7 not reviewed (2 unrated)');
    const later = [
      ...story.slice(0, 4),
      claim(5, { verdict: 'mixed', status: 'needs-review' }),
      claim(6, { verdict: 'false', status: 'changes-requested' }),
      claim(7, { notForPublication: hold('Legal') }),
    ];
    expect(claimCountsText(claimCounts(later))).toBe(
      '7 claims: 4 approved, 1 not for publication, 1 sent back for changes, 1 not reviewed (1 awaiting review)',
    );
    expect(claimCountsText(claimCounts([]))).toBe('No claims');
  });
});

describe('a claim in review that does not meet the readiness rule', () => {
  it('is named on its card with what it lacks; an open or held-back claim is not', () => {
    const sent = claim(3, { verdict: 'false', status: 'needs-review' });
    expect(sentUnreadyGaps(sent, [])).toBe('no evidence linked');
    expect(sentUnreadyGaps(sent, [{ claimId: 'c3' }])).toBeNull();
    expect(sentUnreadyGaps({ ...sent, status: 'open' }, [])).toBeNull();
    expect(sentUnreadyGaps({ ...sent, notForPublication: hold('Legal') }, [])).toBeNull();
  });
});
