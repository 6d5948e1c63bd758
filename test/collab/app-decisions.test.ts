import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { newClaim } from '../../shared/claims/claim-factory';
import { newClaimRecord, readClaim, writeClaim } from '../../shared/project-doc/claim-record';
import { claimsOf } from '../../shared/project-doc/layout';
import { offlineProvider } from '../../shared/project-doc/offline-provider';
import type { Claim } from '../../shared/project/schema';
import { requestDecision, serverDecisionRoute, statelessChannel } from '../../renderer/collab/decision-requests';
import { provideDecisionRoute } from '../../renderer/project/decision-route';
import { provideClaimWriter, type ClaimChange } from '../../renderer/project/claim-changes';
import { setBoundDocument } from '../../renderer/project/document-binding';
import type { ProjectDocument } from '../../renderer/project/project-document';
import { publishClaimsView } from '../../renderer/project/claims-view-store';
import { closeDocument, currentDocument, openDocument } from '../../renderer/project/document-store';
import { approve, signOffProject } from '../../renderer/project/review-actions';
import { createEmptyProject } from '../../shared/project/new-project';
import { projectView } from '../../shared/sources/source-summary';
import { identityStore } from '../../renderer/state/identity-store';
import { noticesStore } from '../../renderer/state/notices-store';
import { destroyAll, joined, type Client } from './helpers/clients';
import { startServe, stopAll, tempDir, type RunningServe } from './helpers/processes';
import { addUsers } from './helpers/users';
import { waitFor } from './helpers/wait';

/**
 * The app's review decisions in a shared project go to the server as
 * stateless messages: the server's answer — not the role typed in
 * Preferences — decides, and a refusal is shown with its reason.
 */
let serve: RunningServe;
let tokens: Record<string, string>;
// As renderer/main.tsx does.
provideDecisionRoute(serverDecisionRoute);

beforeAll(async () => {
  const dataDir = tempDir('app-decisions');
  tokens = addUsers(dataDir, { 'Edith Mensah': 'editor', 'Chris Lund': 'checker' });
  serve = await startServe(dataDir);
}, 30_000);

afterEach(() => {
  setBoundDocument(null);
  noticesStore.set([]);
  destroyAll();
});
afterAll(async () => {
  destroyAll();
  await stopAll();
});

const join = (document: string, user: string) => joined(serve.url, document, tokens[user]);

/** A claim awaiting review, rated by someone else (so the app's own rules let an editor approve it). */
function awaitingReview(id: string, number: number): Claim {
  return {
    ...newClaim(id, 'Turnout was 61%', 'Rita Sousa', new Date('2026-12-02T09:00:00Z'), number),
    verdict: 'accurate',
    verdictBy: 'Rita Sousa',
    noEvidenceReason: 'The count was watched by the desk.',
    status: 'needs-review',
  };
}

/** That claim, with its record in the shared document (issue 18's layout). */
function claimAwaitingReview(client: Client): Claim {
  const claim = awaitingReview('clm_7', 7);
  const record = newClaimRecord();
  client.doc.transact(() => {
    claimsOf(client.doc).set(claim.id, record);
    writeClaim(record, claim, { by: 'Rita Sousa', at: '2026-12-02T09:00:00.000Z', newId: () => 'sts_1' });
  });
  return claim;
}

/** The window of `client` as the app sees it: bound to the shared document, the person as typed in Preferences. */
function appWindow(client: Client, typed: { name: string; role: 'checker' | 'editor' }): ClaimChange[][] {
  setBoundDocument({ doc: client.doc, provider: client.provider } as unknown as ProjectDocument);
  identityStore.set(typed);
  const written: ClaimChange[][] = [];
  const withdraw = provideClaimWriter((changes) => written.push([...changes]));
  afterEachWithdraw.push(withdraw);
  return written;
}
const afterEachWithdraw: Array<() => void> = [];
afterEach(() => afterEachWithdraw.splice(0).forEach((withdraw) => withdraw()));

const errors = () =>
  noticesStore
    .get()
    .filter((notice) => notice.kind === 'error')
    .map((notice) => notice.text);

describe('review decisions from the app in a shared project', { timeout: 30_000 }, () => {
  it('sends a checker’s approve to the server, which refuses it: the reason is shown, nothing changes', async () => {
    const checker = await join('app-refused', 'Chris Lund');
    const claim = claimAwaitingReview(checker);
    await checker.acknowledged();
    // Preferences say "editor": the server goes by the token.
    const written = appWindow(checker, { name: 'Chris Lund', role: 'editor' });
    expect(approve(claim, 'Fine by me.')).toBe(true);
    await waitFor('the refusal to be shown', () => errors().length > 0);
    expect(errors()).toEqual(['Refused: only an editor can approve; Chris Lund is a checker.']);
    expect(written).toEqual([]);
    expect(readClaim(claimsOf(checker.doc).get('clm_7')!)).toMatchObject({ status: 'needs-review', comments: [] });
    expect(checker.doc.getArray('decisions').length).toBe(0);
  });

  it('records an editor’s approve under the authenticated name, whatever name Preferences hold', async () => {
    const editor = await join('app-approved', 'Edith Mensah');
    const checker = await join('app-approved', 'Chris Lund');
    const claim = claimAwaitingReview(editor);
    await editor.acknowledged();
    const written = appWindow(editor, { name: 'Boss', role: 'editor' });
    expect(approve(claim, 'Good.')).toBe(true);
    const held = () => claimsOf(checker.doc).get('clm_7');
    await waitFor('the approval to reach the checker', () => {
      const record = held();
      return record !== undefined && readClaim(record).status === 'approved';
    });
    expect(readClaim(held()!).comments).toEqual([
      expect.objectContaining({ author: 'Edith Mensah', text: 'Good.', kind: 'approval' }),
    ]);
    expect(checker.doc.getArray('decisions').toJSON()).toEqual([
      expect.objectContaining({ claimId: 'clm_7', action: 'approve', by: 'Edith Mensah', role: 'editor' }),
    ]);
    // The app wrote nothing itself: the server did.
    expect(written).toEqual([]);
    expect(errors()).toEqual([]);

    // A sign-off's answer names who and when, as recorded: the window's sign-off record uses them.
    const signedOff = await requestDecision(editor.provider, { action: 'sign-off' });
    expect(signedOff).toMatchObject({ ok: true, recorded: { by: 'Edith Mensah' } });
    expect(signedOff.recorded!.at).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('writes the status in the window, once the server recorded it, while the claims are kept in the editor', async () => {
    const editor = await join('app-editor-claims', 'Edith Mensah');
    const claim = awaitingReview('clm_9', 9);
    // No record of it in the shared document: the window holds it (before issue 18's claims map).
    const written = appWindow(editor, { name: 'Edith Mensah', role: 'editor' });
    expect(approve(claim)).toBe(true);
    await waitFor('the window to write the approval', () => written.length > 0);
    expect(written).toEqual([[{ id: 'clm_9', patch: { status: 'approved', comments: [] } }]]);
    await waitFor('the decision to reach the window', () => editor.doc.getArray('decisions').length > 0);
    expect(editor.doc.getArray('decisions').toJSON()).toEqual([
      expect.objectContaining({ claimId: 'clm_9', action: 'approve', by: 'Edith Mensah' }),
    ]);
  });

  it('signs off through the server: the sign-off record carries the name and time the server recorded', async () => {
    const editor = await join('app-sign-off', 'Edith Mensah');
    openDocument(
      '/tmp/shared.factdesk',
      'shared',
      projectView(createEmptyProject(new Date('2026-12-02T08:00:00Z'))),
      's1',
    );
    const approved: Claim = { ...awaitingReview('clm_1', 1), status: 'approved' };
    publishClaimsView({ claims: { clm_1: approved }, order: ['clm_1'], quotes: new Map() });
    appWindow(editor, { name: 'Boss', role: 'editor' });
    expect(signOffProject()).toBe(true);
    await waitFor('the sign-off record', () => currentDocument()?.project.signOff != null);
    expect(currentDocument()!.project.signOff).toMatchObject({ by: 'Edith Mensah', approved: [1] });
    expect(currentDocument()!.project.activity).toEqual([
      expect.objectContaining({ actor: 'Edith Mensah', action: 'signed off', detail: '1 claim approved' }),
    ]);
    expect(noticesStore.get().map((notice) => notice.text)).toContain('Signed off by Edith Mensah: 1 claim approved.');
    await waitFor('the sign-off in the activity', () => editor.doc.getArray('activity').length > 0);
    expect(editor.doc.getArray('activity').toJSON()).toEqual([
      expect.objectContaining({ actor: 'Edith Mensah', action: 'signed off', claimId: null }),
    ]);
    closeDocument();
    publishClaimsView({ claims: {}, order: [], quotes: new Map() });
  });

  it('decides locally without a server, and says so when the server does not answer', async () => {
    expect(statelessChannel(offlineProvider())).toBeNull();
    const silent = { sendStateless: () => undefined, on: () => undefined, off: () => undefined };
    expect(await requestDecision(silent, { claimId: 'clm_1', action: 'approve' }, 50)).toEqual({
      ok: false,
      message:
        'The server did not answer, so the decision was not recorded. Check the connection (status bar) and try again.',
    });
  });
});
