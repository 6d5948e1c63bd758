import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { connect, destroyAll, type Client } from './helpers/clients';
import { startRedis, startServe, stopAll, tempDir, type RunningServe } from './helpers/processes';
import { addUsers } from './helpers/users';
import { waitFor } from './helpers/wait';

/** Two `factdesk serve` instances on one Redis (and one data folder), as behind a load balancer. */
let first: RunningServe;
let second: RunningServe;
let tokens: Record<string, string>;

beforeAll(async () => {
  const redis = await startRedis();
  const dataDir = tempDir('scale');
  tokens = addUsers(dataDir, { 'Ana Ortiz': 'checker', 'Edith Mensah': 'editor' });
  [first, second] = await Promise.all([
    startServe(dataDir, '--redis', redis.url),
    startServe(dataDir, '--redis', redis.url),
  ]);
}, 40_000);

afterEach(() => destroyAll());
afterAll(async () => {
  destroyAll();
  await stopAll();
});

const body = (client: Client) => client.doc.getText('body').toString();

describe('factdesk serve --redis: two instances', { timeout: 40_000 }, () => {
  it('serve one document to clients on different instances, who converge', async () => {
    expect(first.url).not.toBe(second.url);
    const ana = connect(first.url, 'story-scale', tokens['Ana Ortiz']);
    const edith = connect(second.url, 'story-scale', tokens['Edith Mensah']);
    await Promise.all([ana.synced(), edith.synced()]);

    ana.doc.getText('body').insert(0, 'Ridership fell 8% in March.');
    edith.doc.getText('body').insert(0, 'Transit: ');
    await waitFor(
      'both to converge across instances',
      () => body(ana) === body(edith) && body(ana).includes('Ridership') && body(ana).includes('Transit'),
      15_000,
    );

    edith.provider.sendStateless(
      JSON.stringify({ type: 'decision', claimId: 'clm_3', action: 'approve', requestId: 'approve-3' }),
    );
    const decisions = ana.doc.getArray<Record<string, unknown>>('decisions');
    await waitFor('the decision made on the second instance to reach the first', () => decisions.length === 1, 15_000);
    expect(decisions.get(0)).toMatchObject({ claimId: 'clm_3', action: 'approve', by: 'Edith Mensah' });

    const late = connect(first.url, 'story-scale', tokens['Edith Mensah']);
    await late.synced();
    expect(body(late)).toBe(body(edith));
    expect(late.doc.getArray('decisions').length).toBe(1);
  });
});
