import { describe, expect, it } from 'vitest';
import { parseCollabRequest } from '../../../../shared/collab/messages';
import { canDecide, canEditDocument, COLLAB_ROLES, DECISION_ACTIONS } from '../../../../shared/collab/roles';
import { can } from '../../../../shared/review/rules';
import { Claim } from '../../../../shared/project/schema';

describe('collaboration roles', () => {
  it('lets only an editor decide, and only readers not edit', () => {
    const deciders = COLLAB_ROLES.filter((role) => DECISION_ACTIONS.every((action) => canDecide(role, action)));
    const nobody = COLLAB_ROLES.filter((role) => DECISION_ACTIONS.every((action) => !canDecide(role, action)));
    expect(deciders).toEqual(['editor']);
    expect(nobody).toEqual(['checker', 'reader']);
    expect(COLLAB_ROLES.filter(canEditDocument)).toEqual(['checker', 'editor']);
  });

  it('answers as the app’s rule book does, for every role and decision (one set of rules for both)', () => {
    const anchor = { position: { start: 0, end: 4 }, quote: { exact: 'Rise' } };
    const awaiting = Claim.parse({
      id: 'clm_1',
      number: 1,
      markId: 'm1',
      anchor,
      verdict: 'accurate',
      verdictBy: 'Ada',
      status: 'needs-review',
    });
    const approved = { ...awaiting, status: 'approved' as const };
    for (const role of COLLAB_ROLES) {
      for (const action of DECISION_ACTIONS) {
        const claims = action === 'sign-off' ? [approved] : [awaiting];
        const project = { review: { twoPersonRule: true }, evidence: [], claims };
        const app = can({ name: 'Bo', role }, action, action === 'sign-off' ? null : awaiting, project).allowed;
        expect(canDecide(role, action), `${role} ${action}`).toBe(app);
      }
    }
  });
});

describe('parseCollabRequest', () => {
  it('accepts a well-formed decision and activity', () => {
    expect(parseCollabRequest('{"type":"decision","claimId":"clm_1","action":"approve","requestId":"r1"}')).toEqual({
      ok: true,
      request: { type: 'decision', claimId: 'clm_1', action: 'approve', requestId: 'r1' },
    });
    expect(parseCollabRequest('{"type":"decision","action":"sign-off"}')).toMatchObject({ ok: true });
    expect(parseCollabRequest('{"type":"activity","action":"rated","claimId":"clm_1","detail":"False"}')).toMatchObject(
      { ok: true },
    );
  });

  it('refuses malformed requests with a reason and the request id', () => {
    expect(parseCollabRequest('not json')).toEqual({ ok: false, requestId: null, message: 'the request is not JSON' });
    expect(parseCollabRequest('{"type":"decision","action":"approve","requestId":"r2"}')).toEqual({
      ok: false,
      requestId: 'r2',
      message: 'the request was refused: approve needs the claimId it decides',
    });
    expect(
      parseCollabRequest('{"type":"decision","claimId":"c","action":"request-changes","comment":"  "}'),
    ).toMatchObject({
      ok: false,
      message: 'the request was refused: requesting changes needs a comment',
    });
    expect(parseCollabRequest('{"type":"decision","claimId":"c","action":"sign-off"}')).toMatchObject({ ok: false });
    expect(parseCollabRequest('{"type":"decision","claimId":"c","action":"delete-everything"}')).toMatchObject({
      ok: false,
    });
    expect(parseCollabRequest('{"type":"activity","action":"approved","claimId":"c"}')).toMatchObject({
      ok: false,
      message: 'the request was refused: decisions are recorded with a decision message, not as activity',
    });
  });
});
