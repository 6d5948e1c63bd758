import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { newClaim } from '../../shared/claims/claim-factory';
import { newClaimRecord, readClaim, writeClaim } from '../../shared/project-doc/claim-record';
import { claimsOf } from '../../shared/project-doc/layout';
import type { Claim } from '../../shared/project/schema';
import { destroyAll, joined, type Client } from './helpers/clients';
import { startServe, stopAll, tempDir, type RunningServe } from './helpers/processes';
import { addUsers } from './helpers/users';
import { waitFor } from './helpers/wait';

/**
 * Two checkers set a verdict on one claim at the same moment, through a real
 * server: both verdicts are kept, and every copy shows the conflict with who
 * set which. (The Node path of the two-window case: the window's claim cards
 * write the same records through shared/project-doc/claim-record.ts.)
 */
let serve: RunningServe;
let tokens: Record<string, string>;

beforeAll(async () => {
  const dataDir = tempDir('verdicts');
  tokens = addUsers(dataDir, { 'Chris Lund': 'checker', 'Priya Nair': 'editor' });
  serve = await startServe(dataDir);
}, 30_000);
afterEach(() => destroyAll());
afterAll(async () => {
  destroyAll();
  await stopAll();
});

const join = (user: string) => joined(serve.url, 'story-verdicts', tokens[user]);

const claimIn = (client: Client) => {
  const record = claimsOf(client.doc).get('clm_3');
  return record ? readClaim(record) : null;
};

function rate(client: Client, verdict: Claim['verdict'], by: string, at: string) {
  const record = claimsOf(client.doc).get('clm_3')!;
  writeClaim(record, { ...readClaim(record), verdict, verdictBy: by }, { by, at, newId: () => `v_${by}_${at}` });
}

describe('two people set a verdict on one claim at once', { timeout: 30_000 }, () => {
  it('keeps both verdicts and shows the conflict in every copy; a later verdict settles it', async () => {
    const chris = await join('Chris Lund');
    const priya = await join('Priya Nair');
    chris.doc.transact(() => {
      const record = newClaimRecord();
      claimsOf(chris.doc).set('clm_3', record);
      const claim = newClaim(
        'clm_3',
        'Leaks of 41 million litres a day',
        'Chris Lund',
        new Date('2026-12-02T09:00:00Z'),
      );
      writeClaim(
        record,
        { ...claim, number: 3 },
        { by: 'Chris Lund', at: '2026-12-02T09:00:00.000Z', newId: () => 'c1' },
      );
    });
    await waitFor('the claim to reach Priya', () => claimIn(priya) !== null);

    // Both set a verdict before either hears of the other's.
    rate(chris, 'false', 'Chris Lund', '2026-12-02T10:00:00.000Z');
    rate(priya, 'mostly-accurate', 'Priya Nair', '2026-12-02T10:00:00.500Z');
    const late = await join('Chris Lund');
    for (const client of [chris, priya, late])
      await waitFor('both verdicts in every copy', () => (claimIn(client)?.verdictConflict?.length ?? 0) === 2);
    for (const client of [chris, priya, late]) {
      expect(claimIn(client)!.verdictConflict).toEqual([
        { value: 'false', by: 'Chris Lund', at: '2026-12-02T10:00:00.000Z' },
        { value: 'mostly-accurate', by: 'Priya Nair', at: '2026-12-02T10:00:00.500Z' },
      ]);
    }

    // Settling it: one verdict replacing both, everywhere.
    rate(chris, 'mixed', 'Chris Lund', '2026-12-02T10:05:00.000Z');
    await waitFor('the settled verdict at Priya', () => claimIn(priya)?.verdict === 'mixed');
    expect(claimIn(priya)!.verdictConflict).toBeUndefined();
  });
});
