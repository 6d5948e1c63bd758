import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { newClaim } from '../../../../shared/claims/claim-factory';
import {
  claimDecisionRefusal,
  statusWithDecisions,
  writeDecisionIntoClaim,
} from '../../../../shared/collab/decision-log';
import type { DecisionEntry } from '../../../../shared/collab/layout';
import type { LogEntry } from '../../../../shared/project-doc/change-log';
import { newClaimRecord, readClaim, writeClaim, type ClaimRecord } from '../../../../shared/project-doc/claim-record';
import { claimsOf, projectMapOf } from '../../../../shared/project-doc/layout';
import type { ReviewStatus } from '../../../../shared/project/schema';

/** A decision the server recorded, and the claim's status log: one status on the card. */

let ids = 0;
const author = (by: string, at: string) => ({ by, at, newId: () => `e${(ids += 1)}` });

function docWithClaim(status: ReviewStatus = 'needs-review'): Y.Doc {
  const doc = new Y.Doc();
  const record = newClaimRecord();
  claimsOf(doc).set('clm_7', record);
  const claim = { ...newClaim('clm_7', 'Turnout was 61%', 'Chris Lund', new Date('2026-12-02T09:00:00Z'), 7), status };
  writeClaim(record, claim, author('Chris Lund', '2026-12-02T09:00:00.000Z'));
  return doc;
}

const recordOf = (doc: Y.Doc) => claimsOf(doc).get('clm_7') as ClaimRecord;
const statusEntries = (doc: Y.Doc) => (recordOf(doc).get('statuses') as Y.Array<LogEntry<ReviewStatus>>).toArray();

function decision(action: DecisionEntry['action'], at: string, comment = ''): DecisionEntry {
  return { id: `dec_${at}`, claimId: 'clm_7', action, comment, by: 'Edith Mensah', role: 'editor', at };
}

describe('a decision and the claim’s status log', () => {
  it('writes a decision into the claim: the status, who decided, and the comment', () => {
    const doc = docWithClaim();
    const requested = decision('request-changes', '2026-12-02T10:00:00.000Z', 'Source the 14%.');
    expect(writeDecisionIntoClaim(doc, requested)).toBe(true);
    const claim = readClaim(recordOf(doc));
    expect(claim.status).toBe('changes-requested');
    expect(claim.statusConflict).toBeUndefined();
    expect(claim.comments).toEqual([
      expect.objectContaining({ author: 'Edith Mensah', text: 'Source the 14%.', kind: 'request-changes' }),
    ]);
  });

  it('lets a later status change replace the decision, with no conflict', () => {
    const doc = docWithClaim();
    writeDecisionIntoClaim(doc, decision('request-changes', '2026-12-02T10:00:00.000Z', 'Source it.'));
    const claim = readClaim(recordOf(doc));
    writeClaim(recordOf(doc), { ...claim, status: 'needs-review' }, author('Chris Lund', '2026-12-02T10:05:00.000Z'));
    expect(readClaim(recordOf(doc))).toMatchObject({ status: 'needs-review' });
    expect(readClaim(recordOf(doc)).statusConflict).toBeUndefined();
  });

  it('keeps both when a decision and a checker’s status change cross, and shows the conflict', () => {
    const server = docWithClaim();
    const checker = new Y.Doc();
    Y.applyUpdate(checker, Y.encodeStateAsUpdate(server));
    writeDecisionIntoClaim(server, decision('approve', '2026-12-02T10:00:00.000Z'));
    const seen = readClaim(recordOf(checker));
    writeClaim(recordOf(checker), { ...seen, status: 'open' }, author('Chris Lund', '2026-12-02T10:00:01.000Z'));
    Y.applyUpdate(checker, Y.encodeStateAsUpdate(server, Y.encodeStateVector(checker)));
    expect(readClaim(recordOf(checker)).statusConflict).toEqual([
      { value: 'approved', by: 'Edith Mensah', at: '2026-12-02T10:00:00.000Z' },
      { value: 'open', by: 'Chris Lund', at: '2026-12-02T10:00:01.000Z' },
    ]);
  });

  it('shows a decision whose claim had no record when it was made, and counts a recorded one once', () => {
    const doc = docWithClaim();
    const approved = decision('approve', '2026-12-02T10:00:00.000Z');
    expect(statusWithDecisions(statusEntries(doc), [approved], 'clm_7')).toMatchObject({
      value: 'approved',
      by: 'Edith Mensah',
      conflict: [],
    });
    writeDecisionIntoClaim(doc, approved);
    expect(statusEntries(doc).filter((entry) => entry.id === approved.id)).toHaveLength(1);
    expect(statusWithDecisions(statusEntries(doc), [approved], 'clm_7')).toMatchObject({
      value: 'approved',
      conflict: [],
    });
    // Another claim's decision changes nothing here.
    expect(statusWithDecisions(statusEntries(docWithClaim()), [{ ...approved, claimId: 'clm_8' }], 'clm_7').value).toBe(
      'needs-review',
    );
  });

  it('writes nothing for a sign-off or a claim the document does not hold', () => {
    const doc = docWithClaim();
    expect(writeDecisionIntoClaim(doc, { ...decision('approve', '2026-12-02T10:00:00.000Z'), claimId: 'clm_9' })).toBe(
      false,
    );
    expect(writeDecisionIntoClaim(doc, { ...decision('sign-off', '2026-12-02T10:00:00.000Z'), claimId: null })).toBe(
      false,
    );
    expect(readClaim(recordOf(doc)).status).toBe('needs-review');
  });

  it('asks the app’s rules of the claim the document holds: in review, rated, the two-person rule', () => {
    const doc = docWithClaim('open');
    const editor = { name: 'Edith Mensah', role: 'editor' as const };
    const approve = { action: 'approve' as const, claimId: 'clm_7' };
    expect(claimDecisionRefusal(doc, editor, approve)).toBe('Claim 7 is not awaiting review.');
    const record = recordOf(doc);
    const rated = { ...readClaim(record), status: 'needs-review' as const, verdict: 'false' as const };
    writeClaim(record, { ...rated, verdictBy: 'Edith Mensah' }, author('Edith Mensah', '2026-12-02T10:00:00.000Z'));
    expect(claimDecisionRefusal(doc, editor, approve)).toMatch(/^Two-person rule: you set the verdict of claim 7/);
    const review = new Y.Map<unknown>();
    projectMapOf(doc).set('review', review);
    review.set('twoPersonRule', false);
    expect(claimDecisionRefusal(doc, editor, approve)).toBeNull();
    // No record here: left to the role check.
    expect(claimDecisionRefusal(doc, editor, { ...approve, claimId: 'clm_9' })).toBeNull();
  });
});
