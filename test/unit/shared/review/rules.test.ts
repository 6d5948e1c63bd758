import { describe, expect, it } from 'vitest';
import { newClaim } from '../../../../shared/claims/claim-factory';
import { editedClaim } from '../../../../shared/claims/claim-edit';
import { ACTIONS, can, type ReviewContext } from '../../../../shared/review/rules';
import type { Claim } from '../../../../shared/project/schema';

const checker = { name: 'Priya Shah', role: 'checker' as const };
const editor = { name: 'Dana Okoye', role: 'editor' as const };
const otherEditor = { name: 'Ines Marlow', role: 'editor' as const };

const base = newClaim('c1', 'Turnout was 71 per cent', 'Priya Shah', new Date('2026-11-22T09:00:00Z'), 4);
const claim = (fields: Partial<Claim>): Claim => ({ ...base, ...fields });
const context = (fields: Partial<ReviewContext> = {}): ReviewContext => ({
  review: { twoPersonRule: true },
  evidence: [{ claimId: 'c1' }],
  claims: [],
  ...fields,
});
const inReview = claim({ status: 'needs-review', verdict: 'false', verdictBy: 'Priya Shah' });

describe('can(actor, action, claim, project)', () => {
  it('lets a checker mark, tag, rate, link, comment and send to review, and nothing an editor decides', () => {
    for (const action of ['mark', 'tag', 'rate', 'link', 'comment'] as const)
      expect(can(checker, action, base, context())).toEqual({ allowed: true });
    expect(can(checker, 'send-to-review', claim({ verdict: 'false' }), context())).toEqual({ allowed: true });
    expect(can(checker, 'approve', inReview, context())).toEqual({
      allowed: false,
      reason: 'Only an editor can approve a claim; you are working as a fact-checker.',
    });
    expect(can(checker, 'request-changes', inReview, context())).toEqual({
      allowed: false,
      reason: 'Only an editor can request changes; you are working as a fact-checker.',
    });
    expect(can(checker, 'hold-from-publication', inReview, context())).toMatchObject({ allowed: false });
    expect(
      can(checker, 'sign-off', null, context({ claims: [claim({ status: 'approved', verdict: 'false' })] })),
    ).toEqual({ allowed: false, reason: 'Only an editor can sign off; you are working as a fact-checker.' });
  });

  it('refuses a reader (a collaboration server’s read-only user) everything', () => {
    for (const action of ACTIONS)
      expect(can({ name: 'Guest', role: 'reader' }, action, inReview, context())).toEqual({
        allowed: false,
        reason: 'You can read this project but not change it.',
      });
  });

  it('lets an editor do everything, when the claim is in the right state', () => {
    for (const action of ACTIONS.filter((a) => a !== 'sign-off' && a !== 'send-to-review' && a !== 'approve'))
      expect(can(editor, action, inReview, context()).allowed).toBe(true);
    expect(can(editor, 'approve', inReview, context())).toEqual({ allowed: true });
    expect(can(editor, 'approve', claim({ status: 'open', verdict: 'false' }), context())).toEqual({
      allowed: false,
      reason: 'Claim 4 is not awaiting review.',
    });
    expect(can(editor, 'approve', claim({ status: 'needs-review' }), context())).toEqual({
      allowed: false,
      reason: 'Claim 4 has no verdict to approve.',
    });
    expect(can(editor, 'request-changes', claim({ status: 'open' }), context())).toEqual({
      allowed: false,
      reason: 'Claim 4 is not in review.',
    });
  });

  it('two-person rule: nobody approves a claim whose current verdict they set, unless the project turns the rule off', () => {
    const ratedByDana = editedClaim(
      claim({ status: 'needs-review' }),
      { verdict: 'mixed' },
      'Dana Okoye',
      '2026-11-22T10:00:00Z',
    );
    expect(ratedByDana.verdictBy).toBe('Dana Okoye');
    expect(can(editor, 'approve', ratedByDana, context())).toEqual({
      allowed: false,
      reason: 'Two-person rule: you set the verdict of claim 4, so another editor must approve it.',
    });
    expect(can(otherEditor, 'approve', ratedByDana, context())).toEqual({ allowed: true });
    expect(can(editor, 'approve', ratedByDana, context({ review: { twoPersonRule: false } }))).toEqual({
      allowed: true,
    });
  });

  it('send to review follows the one readiness rule', () => {
    expect(can(checker, 'send-to-review', base, context({ evidence: [] }))).toEqual({
      allowed: false,
      reason: 'Claim 4 is not ready for review: no verdict and no evidence linked.',
    });
    expect(can(checker, 'send-to-review', claim({ verdict: 'false' }), context({ evidence: [] }))).toEqual({
      allowed: false,
      reason: 'Claim 4 is not ready for review: no evidence linked.',
    });
    expect(
      can(
        checker,
        'send-to-review',
        claim({ verdict: 'false', noEvidenceReason: 'Checked against the article’s own chart' }),
        context({ evidence: [] }),
      ),
    ).toEqual({ allowed: true });
    expect(can(checker, 'send-to-review', inReview, context())).toEqual({
      allowed: false,
      reason: 'Claim 4 is not ready for review: already awaiting review.',
    });
  });

  it('sign-off needs an editor and the gate open', () => {
    const settled = [
      claim({ id: 'a', number: 1, status: 'approved', verdict: 'false' }),
      claim({ id: 'b', number: 2, notForPublication: { reason: 'Legal advice', by: 'Dana Okoye', at: '' } }),
    ];
    expect(can(editor, 'sign-off', null, context({ claims: settled }))).toEqual({ allowed: true });
    expect(can(editor, 'sign-off', null, context({ claims: [...settled, claim({ id: 'c', number: 3 })] }))).toEqual({
      allowed: false,
      reason: '1 claim blocks sign-off.',
    });
    expect(can(editor, 'sign-off', null, context({ claims: [] }))).toEqual({
      allowed: false,
      reason: 'There are no claims to sign off.',
    });
  });
});

describe('editedClaim', () => {
  it('records who set the verdict, and clears it when the verdict goes back to unrated', () => {
    const rated = editedClaim(base, { verdict: 'false' }, 'Priya Shah', 'T1');
    expect(rated).toMatchObject({ verdictBy: 'Priya Shah', updatedBy: 'Priya Shah', updatedAt: 'T1' });
    expect(editedClaim(rated, { note: 'x' }, 'Dana Okoye', 'T2').verdictBy).toBe('Priya Shah');
    expect(editedClaim(rated, { verdict: 'unrated' }, 'Dana Okoye', 'T2').verdictBy).toBe('');
  });

  it('sends an approved claim back to review when its public explanation changes', () => {
    const approved = claim({ status: 'approved', verdict: 'false' });
    expect(editedClaim(approved, { publicExplanation: 'New wording' }, 'Priya Shah', 'T').status).toBe('needs-review');
  });
});
