import { describe, expect, it } from 'vitest';
import { claimActivity } from '../../../../shared/activity/activity';
import { newClaim } from '../../../../shared/claims/claim-factory';
import { notReadyReason } from '../../../../shared/review/readiness';
import { canSignOff } from '../../../../shared/review/sign-off-gate';
import { canSendToReview, reviewQueue, statusAfterEdit } from '../../../../shared/review/status';
import type { Claim, EvidenceLink } from '../../../../shared/project/schema';

const base = newClaim('c1', 'Turnout was 71 per cent', 'Priya', new Date('2026-11-22T09:00:00Z'));
const claim = (fields: Partial<Claim>): Claim => ({ ...base, ...fields });
const link = (claimId: string): EvidenceLink => ({
  id: `ev-${claimId}`,
  claimId,
  sourceId: 's1',
  stance: 'supports',
  anchor: { position: { start: 0, end: 4 }, quote: { exact: 'Turn', prefix: '', suffix: '' } },
  note: '',
  createdBy: '',
  createdAt: '',
});

describe('review status transitions', () => {
  it('sends open and sent-back claims to review, not approved or waiting ones', () => {
    expect(canSendToReview(claim({ status: 'open' }))).toBe(true);
    expect(canSendToReview(claim({ status: 'changes-requested' }))).toBe(true);
    expect(canSendToReview(claim({ status: 'needs-review' }))).toBe(false);
    expect(canSendToReview(claim({ status: 'approved' }))).toBe(false);
  });

  it('says why a claim is not ready for bulk review', () => {
    expect(notReadyReason(claim({}), [])).toBe('no verdict and no evidence linked');
    expect(notReadyReason(claim({ verdict: 'false' }), [])).toBe('no evidence linked');
    expect(notReadyReason(claim({ verdict: 'false' }), [link('c1')])).toBeNull();
    expect(notReadyReason(claim({ verdict: 'false', status: 'approved' }), [link('c1')])).toBe('already approved');
    expect(
      notReadyReason(claim({ verdict: 'false', noEvidenceReason: 'The article’s own table shows it' }), []),
    ).toBeNull();
    expect(notReadyReason(claim({ noEvidenceReason: 'The article’s own table shows it' }), [])).toBe('no verdict');
  });

  it('an approved claim changed in substance goes back to needs-review; a comment does not reopen it', () => {
    const approved = claim({ status: 'approved', verdict: 'accurate' });
    expect(statusAfterEdit(approved, { ...approved, verdict: 'mixed' })).toBe('needs-review');
    expect(statusAfterEdit(approved, { ...approved, note: 'more' })).toBe('needs-review');
    expect(
      statusAfterEdit(approved, {
        ...approved,
        comments: [
          { id: 'x', author: 'E', text: 'fine', createdAt: '', editedAt: null, resolved: false, kind: 'comment' },
        ],
      }),
    ).toBe('approved');
    expect(statusAfterEdit(claim({ status: 'open' }), claim({ status: 'open', verdict: 'false' }))).toBe('open');
  });

  it('queues claims awaiting review in document order and allows sign-off only when none is pending', () => {
    const claims = [
      claim({ id: 'a', status: 'needs-review' }),
      claim({ id: 'b', status: 'approved' }),
      claim({ id: 'c', status: 'needs-review' }),
    ];
    expect(reviewQueue(claims).map((c: Claim) => c.id)).toEqual(['a', 'c']);
    expect(canSignOff(claims)).toBe(false);
    // An open (never reviewed) claim blocks sign-off too: only approved or held-back claims pass the gate.
    expect(
      canSignOff([claim({ status: 'approved', verdict: 'false' }), claim({ status: 'open', verdict: 'false' })]),
    ).toBe(false);
    expect(canSignOff([claim({ status: 'approved', verdict: 'false' })])).toBe(true);
    expect(canSignOff([claim({ status: 'changes-requested' })])).toBe(false);
    expect(canSignOff([])).toBe(false);
  });
});

describe('claimActivity', () => {
  const at = '2026-11-22T10:00:00.000Z';
  it('logs marking, rating, tagging, review decisions, comments and deletion', () => {
    const rated = claim({
      verdict: 'misleading',
      tags: { attributed: { speaker: 'Mayor' }, disputed: null, free: ['turnout'] },
    });
    const sent = { ...rated, status: 'needs-review' as const };
    const commented = {
      ...sent,
      comments: [
        {
          id: 'k1',
          author: 'Ed',
          text: 'Source?',
          createdAt: at,
          editedAt: null,
          resolved: false,
          kind: 'request-changes' as const,
        },
      ],
      status: 'changes-requested' as const,
    };
    const log = [
      ...claimActivity({}, { c1: base }, 'Priya', at),
      ...claimActivity({ c1: base }, { c1: rated }, 'Priya', at),
      ...claimActivity({ c1: rated }, { c1: sent }, 'Priya', at),
      ...claimActivity({ c1: sent }, { c1: commented }, 'Ed', at),
      ...claimActivity({ c1: commented }, {}, 'Priya', at),
    ];
    expect(log.map((e) => [e.actor, e.action, e.detail])).toEqual([
      ['Priya', 'marked', 'Turnout was 71 per cent'],
      ['Priya', 'rated', 'Misleading'],
      ['Priya', 'tagged', 'attributed to Mayor; #turnout'],
      ['Priya', 'sent to review', ''],
      ['Ed', 'requested changes', ''],
      ['Ed', 'commented', 'Source?'],
      ['Priya', 'deleted', 'Turnout was 71 per cent'],
    ]);
    expect(new Set(log.map((e) => e.id)).size).toBe(log.length);
    expect(log.every((e) => e.claimId === 'c1' && e.at === at)).toBe(true);
  });

  it('logs nothing when nothing changed', () => {
    expect(claimActivity({ c1: base }, { c1: base }, 'Priya', at)).toEqual([]);
  });
});
