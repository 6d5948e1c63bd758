import { spawnSync } from 'node:child_process';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { connect, destroyAll, joined, type Client } from './helpers/clients';
import { CLI, startServe, stopAll, tempDir, type RunningServe } from './helpers/processes';
import type * as Y from 'yjs';
import { newClaim } from '../../shared/claims/claim-factory';
import type { DecisionEntry } from '../../shared/collab/layout';
import type { LogEntry } from '../../shared/project-doc/change-log';
import { newClaimRecord, readClaim, writeClaim } from '../../shared/project-doc/claim-record';
import { claimsOf } from '../../shared/project-doc/layout';
import type { ReviewStatus } from '../../shared/project/schema';
import { collaboratorsIn, colourFor, OPEN_CLAIM_FIELD } from '../../shared/collab/presence';
import { addUsers } from './helpers/users';
import { waitFor } from './helpers/wait';

/** The server, not the client, enforces what each role may do. */
let dataDir: string;
let serve: RunningServe;
let tokens: Record<string, string>;

beforeAll(async () => {
  dataDir = tempDir('roles');
  tokens = addUsers(dataDir, { 'Edith Mensah': 'editor', 'Chris Lund': 'checker', 'Rita Sousa': 'reader' });
  serve = await startServe(dataDir);
}, 30_000);

afterEach(() => destroyAll());
afterAll(async () => {
  destroyAll();
  await stopAll();
});

const join = (document: string, user: string) => joined(serve.url, document, tokens[user]);

/** Sends a request and waits for the server's answer to it. */
async function ask(
  client: Client,
  request: Record<string, unknown> & { requestId: string },
): Promise<Record<string, unknown>> {
  client.provider.sendStateless(JSON.stringify(request));
  await waitFor(`the answer to ${request.requestId}`, () =>
    client.statelessReplies.some((reply) => reply.requestId === request.requestId),
  );
  return client.statelessReplies.find((reply) => reply.requestId === request.requestId) as Record<string, unknown>;
}

function cli(...args: string[]) {
  return spawnSync(process.execPath, [CLI, ...args, '--data', dataDir], { encoding: 'utf8', timeout: 20_000 });
}

describe('factdesk serve: roles', { timeout: 30_000 }, () => {
  it('connects a reader read-only: their edit is refused and never reaches anyone', async () => {
    const editor = await join('story-reader', 'Edith Mensah');
    editor.doc.getText('body').insert(0, 'Turnout was 61%.');
    await editor.acknowledged();
    const reader = await join('story-reader', 'Rita Sousa');
    expect(reader.provider.authorizedScope).toBe('readonly');

    reader.doc.getText('body').insert(0, 'READER WAS HERE ');
    // The server handles one connection's messages in order: once this is answered, the edit has been dealt with.
    expect(
      await ask(reader, { type: 'decision', claimId: 'clm_1', action: 'approve', requestId: 'reader-approve' }),
    ).toMatchObject({ ok: false });
    const late = await join('story-reader', 'Chris Lund');
    expect(late.doc.getText('body').toString()).toBe('Turnout was 61%.');
    expect(editor.doc.getText('body').toString()).toBe('Turnout was 61%.');
  });

  it('refuses a checker’s decision and records an editor’s under the name their token carries', async () => {
    const checker = await join('story-decide', 'Chris Lund');
    const editor = await join('story-decide', 'Edith Mensah');

    const refused = await ask(checker, {
      type: 'decision',
      claimId: 'clm_7',
      action: 'approve',
      requestId: 'checker-approve',
    });
    expect(refused).toEqual({
      type: 'result',
      requestId: 'checker-approve',
      ok: false,
      message: 'Refused: only an editor can approve; Chris Lund is a checker.',
    });

    // A client cannot choose the name: an extra field is ignored.
    const recorded = await ask(editor, {
      type: 'decision',
      claimId: 'clm_7',
      action: 'request-changes',
      comment: 'Source the 14%.',
      by: 'Someone Else',
      requestId: 'editor-decides',
    });
    expect(recorded).toMatchObject({ ok: true });
    const decisions = checker.doc.getArray<Record<string, unknown>>('decisions');
    await waitFor('the decision to reach the checker', () => decisions.length > 0);
    expect(decisions.toJSON()).toEqual([
      expect.objectContaining({
        claimId: 'clm_7',
        action: 'request-changes',
        comment: 'Source the 14%.',
        by: 'Edith Mensah',
        role: 'editor',
      }),
    ]);
    expect(checker.doc.getArray('activity').toJSON()).toEqual([
      expect.objectContaining({
        actor: 'Edith Mensah',
        role: 'editor',
        action: 'requested changes',
        claimId: 'clm_7',
        detail: 'Source the 14%.',
      }),
    ]);
  });

  it('writes an editor’s decision into the claim’s status log under their name; a checker’s approve changes nothing', async () => {
    const checker = await join('story-claim-status', 'Chris Lund');
    const editor = await join('story-claim-status', 'Edith Mensah');
    const record = newClaimRecord();
    checker.doc.transact(() => {
      claimsOf(checker.doc).set('clm_7', record);
      const claim = newClaim('clm_7', 'Turnout was 61%', 'Chris Lund', new Date('2026-12-02T09:00:00Z'), 7);
      writeClaim(
        record,
        { ...claim, status: 'needs-review', verdict: 'accurate', verdictBy: 'Chris Lund' },
        {
          by: 'Chris Lund',
          at: '2026-12-02T09:00:00.000Z',
          newId: () => 'sts_1',
        },
      );
      const open = newClaimRecord();
      claimsOf(checker.doc).set('clm_8', open);
      const other = newClaim('clm_8', 'Rents rose 8%', 'Chris Lund', new Date('2026-12-02T09:00:00Z'), 8);
      writeClaim(open, other, { by: 'Chris Lund', at: '2026-12-02T09:00:00.000Z', newId: () => 'sts_2' });
    });
    await checker.acknowledged();
    // The app's own rules, asked by the server of the claim as the document holds it.
    expect(
      await ask(editor, { type: 'decision', claimId: 'clm_8', action: 'approve', requestId: 'not-in-review' }),
    ).toMatchObject({ ok: false, message: 'Refused: Claim 8 is not awaiting review.' });
    const statusIn = (client: Client) => {
      const held = claimsOf(client.doc).get('clm_7');
      return held ? readClaim(held) : null;
    };
    await waitFor('the claim to reach the editor', () => statusIn(editor)?.status === 'needs-review');

    expect(
      await ask(checker, { type: 'decision', claimId: 'clm_7', action: 'approve', requestId: 'self-approve' }),
    ).toMatchObject({ ok: false, message: 'Refused: only an editor can approve; Chris Lund is a checker.' });
    expect(statusIn(checker)?.status).toBe('needs-review');

    expect(
      await ask(editor, { type: 'decision', claimId: 'clm_7', action: 'approve', comment: 'Good.', requestId: 'ok' }),
    ).toMatchObject({ ok: true });
    await waitFor('the approval to reach the checker', () => statusIn(checker)?.status === 'approved');
    const approved = statusIn(checker)!;
    expect(approved.statusConflict).toBeUndefined();
    expect(approved.comments).toEqual([
      expect.objectContaining({ author: 'Edith Mensah', text: 'Good.', kind: 'approval' }),
    ]);
    const decisions = checker.doc.getArray<DecisionEntry>('decisions').toArray();
    const statuses = (record.get('statuses') as Y.Array<LogEntry<ReviewStatus>>).toArray();
    expect(statuses.at(-1)).toMatchObject({ id: decisions[0].id, value: 'approved', by: 'Edith Mensah' });
  });

  it('records a checker’s activity under their name, and refuses a reader’s', async () => {
    const checker = await join('story-activity', 'Chris Lund');
    const reader = await join('story-activity', 'Rita Sousa');
    expect(
      await ask(checker, {
        type: 'activity',
        action: 'rated',
        claimId: 'clm_4',
        detail: 'Mostly false',
        requestId: 'rate',
      }),
    ).toMatchObject({ ok: true });
    expect(
      await ask(reader, { type: 'activity', action: 'rated', claimId: 'clm_4', requestId: 'reader-rate' }),
    ).toEqual({
      type: 'result',
      requestId: 'reader-rate',
      ok: false,
      message: 'Refused: Rita Sousa is a reader and cannot change this project.',
    });
    const activity = reader.doc.getArray('activity');
    await waitFor('the activity to reach the reader', () => activity.length > 0);
    expect(activity.toJSON()).toEqual([
      expect.objectContaining({
        actor: 'Chris Lund',
        role: 'checker',
        action: 'rated',
        claimId: 'clm_4',
        detail: 'Mostly false',
      }),
    ]);
  });

  it('refuses a client’s direct write to the decisions with the reason, and the write reaches nobody', async () => {
    const editor = await join('story-forge', 'Edith Mensah');
    const checker = await join('story-forge', 'Chris Lund');
    checker.doc
      .getArray('decisions')
      .push([{ claimId: 'clm_2', action: 'approve', by: 'Edith Mensah', role: 'editor' }]);
    await waitFor('the refusal', () => checker.closeReasons.length > 0);
    expect(checker.closeReasons[0]).toBe(
      'Update refused: “decisions” is written by the server only; send a decision or activity message instead.',
    );

    const late = await join('story-forge', 'Rita Sousa');
    expect(late.doc.getArray('decisions').length).toBe(0);
    expect(editor.doc.getArray('decisions').length).toBe(0);
  });

  it('shows every collaborator under the name and colour their token carries, with the claim they have open', async () => {
    const editor = await join('story-presence', 'Edith Mensah');
    const checker = await join('story-presence', 'Chris Lund');
    checker.provider.setAwarenessField('name', 'Edith Mensah');
    checker.provider.setAwarenessField('color', colourFor('Edith Mensah'));
    checker.provider.setAwarenessField(OPEN_CLAIM_FIELD, 'clm_7');
    const states = () => editor.provider.awareness!.getStates() as Map<number, Record<string, unknown>>;
    await waitFor('the checker’s open claim to reach the editor', () =>
      collaboratorsIn(states(), editor.doc.clientID).some((person) => person.openClaim === 'clm_7'),
    );
    expect(collaboratorsIn(states(), editor.doc.clientID)).toEqual([
      {
        clientId: checker.doc.clientID,
        name: 'Chris Lund',
        color: colourFor('Chris Lund'),
        role: 'checker',
        openClaim: 'clm_7',
      },
    ]);
  });

  it('refuses a wrong token, and a revoked one — cutting it off while connected', async () => {
    const stranger = connect(serve.url, 'story-tokens', 'fdt_not-a-real-token');
    await waitFor('the refusal', () => stranger.authFailures.length > 0);
    expect(stranger.authFailures[0]).toBe(
      "This access token is not known to the server. Check it, or ask the server's administrator for one (factdesk users add).",
    );

    const added = cli('users', 'add', 'Tom Visitor', '--role', 'checker');
    expect(added.status).toBe(0);
    const token = added.stdout.trim();
    expect(token).toMatch(/^fdt_[A-Za-z0-9_-]{43}$/);
    expect(cli('users', 'list').stdout).toMatch(/^Tom Visitor\tchecker\tadded /m);

    const visitor = connect(serve.url, 'story-tokens', token);
    await visitor.synced();
    expect(cli('users', 'remove', 'Tom Visitor').status).toBe(0);
    await waitFor('the revoked visitor to be refused', () => visitor.authFailures.length > 0);
    expect(visitor.authFailures[0]).toMatch(/^This access token was revoked on \d{4}-\d\d-\d\dT/);
    expect(cli('users', 'list').stdout).not.toContain('Tom Visitor');
  });
});
