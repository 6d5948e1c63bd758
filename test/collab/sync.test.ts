import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { connect, destroyAll } from './helpers/clients';
import { freePort, startServe, stopAll, tempDir, type RunningServe } from './helpers/processes';
import { startProxy } from './helpers/tcp-proxy';
import { addUsers } from './helpers/users';
import { waitFor } from './helpers/wait';

/** Two checkers on one story through a real `factdesk serve`, with plain Yjs documents. */
let dataDir: string;
let port: number;
let serve: RunningServe;
let tokens: Record<string, string>;

beforeAll(async () => {
  dataDir = tempDir('sync');
  tokens = addUsers(dataDir, { 'Ana Ortiz': 'checker', 'Ben Okafor': 'checker' });
  port = await freePort();
  serve = await startServe(dataDir, '--port', String(port));
}, 30_000);

afterEach(() => destroyAll());
afterAll(async () => {
  destroyAll();
  await stopAll();
});

const body = (client: { doc: { getText(name: string): { toString(): string } } }) =>
  client.doc.getText('body').toString();

describe('factdesk serve: syncing one document', { timeout: 30_000 }, () => {
  it('merges concurrent edits in one paragraph, and a late joiner gets everything', async () => {
    const ana = connect(serve.url, 'story-converge', tokens['Ana Ortiz']);
    const ben = connect(serve.url, 'story-converge', tokens['Ben Okafor']);
    await Promise.all([ana.synced(), ben.synced()]);
    ana.doc.getText('body').insert(0, 'Water bills will rise by 14% next year.');
    await waitFor('Ben to see Ana’s sentence', () => body(ben).length > 0);

    ana.doc.getText('body').insert(0, 'Eastmere: ');
    ben.doc.getText('body').insert(body(ben).length, ' The council disputes the figure.');
    await waitFor(
      'both copies to converge',
      () => body(ana) === body(ben) && body(ana).includes('Eastmere') && body(ana).includes('disputes'),
    );
    expect(body(ana)).toBe('Eastmere: Water bills will rise by 14% next year. The council disputes the figure.');

    const late = connect(serve.url, 'story-converge', tokens['Ben Okafor']);
    await late.synced();
    expect(body(late)).toBe(body(ana));
  });

  it('keeps every acknowledged change across a server restart: SIGTERM stores the open documents', async () => {
    const proxy = await startProxy(port);
    try {
      const ana = connect(proxy.url, 'story-restart', tokens['Ana Ortiz']);
      await ana.synced();
      ana.doc.getText('body').insert(0, 'The reservoir repairs cost £3.2m.');
      await ana.acknowledged();
      // Ana's network goes quiet: she can neither resend the change nor, by leaving, make the server store it.
      proxy.freeze();
      expect(await serve.stop('SIGTERM')).toBe(0);
      expect(serve.output()).toContain('every document is stored');
      ana.destroy();
    } finally {
      await proxy.close();
    }
    serve = await startServe(dataDir, '--port', String(port));
    const ben = connect(serve.url, 'story-restart', tokens['Ben Okafor']);
    await ben.synced();
    expect(body(ben)).toBe('The reservoir repairs cost £3.2m.');
  }, 60_000);

  it('merges edits made on both sides of a cut connection once it heals', async () => {
    const proxy = await startProxy(port);
    try {
      const ana = connect(proxy.url, 'story-cut', tokens['Ana Ortiz']);
      const ben = connect(serve.url, 'story-cut', tokens['Ben Okafor']);
      await Promise.all([ana.synced(), ben.synced()]);
      ana.doc.getText('body').insert(0, 'The plant opened in 1962.');
      await waitFor('Ben to see the first sentence', () => body(ben) === 'The plant opened in 1962.');

      proxy.cut();
      await waitFor('Ana’s client to notice the cut', () => !ana.provider.isSynced);
      ana.doc.getText('body').insert(0, 'Offline, Ana adds: ');
      ben.doc.getText('body').insert(body(ben).length, ' Ben adds: it closed in 2019.');
      await ben.acknowledged();
      expect(body(ana)).not.toContain('Ben adds');

      proxy.heal();
      await waitFor(
        'both copies to converge after the heal',
        () => body(ana) === body(ben) && body(ben).includes('Offline'),
        15_000,
      );
      await ana.acknowledged();
      expect(body(ben)).toBe('Offline, Ana adds: The plant opened in 1962. Ben adds: it closed in 2019.');
    } finally {
      await proxy.close();
    }
  }, 40_000);
});
