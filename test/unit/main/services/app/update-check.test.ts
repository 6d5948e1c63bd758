import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkForUpdate, feedUrlOf, updateDialog, updateInfoFile } from '../../../../../main/services/app/update-check';

/** Help → Check for Updates… against an update feed served on 127.0.0.1, as electron-builder publishes one. */

const feeds: Record<string, { status: number; body: string } | 'hang'> = {
  '/newer/latest-linux.yml': {
    status: 200,
    body: "version: 0.2.0\nfiles:\n  - url: Factdesk-0.2.0.AppImage\n    sha512: abc\n    size: 100\npath: Factdesk-0.2.0.AppImage\nsha512: abc\nreleaseDate: '2026-12-01T10:00:00.000Z'\n",
  },
  '/same/latest-linux.yml': { status: 200, body: 'version: 0.1.0\n' },
  '/older/latest-linux.yml': { status: 200, body: 'version: 0.0.9\n' },
  '/prerelease/latest-linux.yml': { status: 200, body: 'version: 0.2.0-beta.1\n' },
  '/garbled/latest-linux.yml': { status: 200, body: '<html>Sign in to the portal</html>' },
  '/newer/latest-mac.yml': { status: 200, body: 'version: 0.3.0\n' },
  '/slow/latest-linux.yml': 'hang',
};

let server: Server;
let base: string;
const hanging = new Set<import('node:http').ServerResponse>();

beforeAll(async () => {
  server = createServer((request, response) => {
    const feed = feeds[request.url ?? ''];
    if (feed === 'hang') return void hanging.add(response);
    response.writeHead(feed?.status ?? 404, { 'content-type': 'text/yaml' });
    response.end(feed?.body ?? 'Not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const response of hanging) response.destroy();
  await new Promise((resolve) => server.close(resolve));
});

const check = (feed: string | null, extra: { platform?: NodeJS.Platform; timeoutMs?: number } = {}) =>
  checkForUpdate({
    feedUrl: feed === null ? null : `${base}${feed}`,
    currentVersion: '0.1.0',
    platform: extra.platform ?? 'linux',
    arch: 'x64',
    timeoutMs: extra.timeoutMs,
  });

describe('checkForUpdate', () => {
  it('offers a newer version from the feed', async () => {
    const result = await check('/newer');
    expect(result).toEqual({ kind: 'available', current: '0.1.0', latest: '0.2.0' });
    expect(updateDialog(result)).toEqual({
      message: 'Factdesk 0.2.0 is available.',
      detail:
        'You have 0.1.0. Download it now? Factdesk installs it when it next restarts, after asking about unsaved work.',
      offerDownload: true,
    });
  });

  it('reads the file for the platform (latest-mac.yml on macOS)', async () => {
    expect(await check('/newer', { platform: 'darwin' })).toMatchObject({ kind: 'available', latest: '0.3.0' });
  });

  it('says up to date for the same or an older version, and offers a pre-release only to someone running one', async () => {
    for (const feed of ['/same', '/older', '/prerelease'])
      expect(await check(feed)).toEqual({ kind: 'up-to-date', current: '0.1.0' });
    const tester = await checkForUpdate({
      feedUrl: `${base}/prerelease`,
      currentVersion: '0.2.0-alpha.3',
      platform: 'linux',
      arch: 'x64',
    });
    expect(tester).toMatchObject({ kind: 'available', latest: '0.2.0-beta.1' });
    expect(updateDialog({ kind: 'up-to-date', current: '0.1.0' }).message).toBe('Factdesk is up to date.');
  });

  it('never goes online without a feed, and says so', async () => {
    const result = await check(null);
    expect(result).toEqual({ kind: 'no-feed' });
    expect(updateDialog(result)).toMatchObject({
      message: 'This copy of Factdesk has no update feed.',
      offerDownload: false,
    });
  });

  it('explains a missing file, a page that is not a feed, and a feed that does not answer', async () => {
    expect(await check('/nowhere')).toEqual({
      kind: 'failed',
      message: `The update feed answered “404 Not Found” for ${base}/nowhere/latest-linux.yml.`,
    });
    expect(await check('/garbled')).toEqual({
      kind: 'failed',
      message: 'The update feed’s latest-linux.yml names no valid version.',
    });
    const slow = await check('/slow', { timeoutMs: 300 });
    expect(slow).toEqual({
      kind: 'failed',
      message: `The update feed at ${new URL(base).host} did not answer within 0.3 seconds.`,
    });
    expect(updateDialog(slow)).toMatchObject({ message: 'Could not check for updates.', offerDownload: false });
  });

  it('says it could not reach a feed nobody listens on', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const result = await checkForUpdate({
      feedUrl: `http://127.0.0.1:${port}/feed`,
      currentVersion: '0.1.0',
      platform: 'linux',
      arch: 'x64',
    });
    expect(result).toEqual({
      kind: 'failed',
      message: `Could not reach the update feed at 127.0.0.1:${port}. Check the network connection and try again.`,
    });
  });
});

describe('feedUrlOf (app-update.yml, written by electron-builder from publish)', () => {
  it('takes an http(s) feed and nothing else', () => {
    expect(feedUrlOf('provider: generic\nurl: https://downloads.example.org/factdesk\nchannel: latest\n')).toBe(
      'https://downloads.example.org/factdesk',
    );
    expect(feedUrlOf('provider: generic\nurl: none\n')).toBeNull();
    expect(feedUrlOf('provider: generic\nurl: file:///etc\n')).toBeNull();
    expect(feedUrlOf(null)).toBeNull();
    expect(feedUrlOf(': : not yaml [')).toBeNull();
  });

  it('names the file electron-builder writes for each platform', () => {
    expect([
      updateInfoFile('win32', 'x64'),
      updateInfoFile('darwin', 'arm64'),
      updateInfoFile('linux', 'x64'),
      updateInfoFile('linux', 'arm64'),
    ]).toEqual(['latest.yml', 'latest-mac.yml', 'latest-linux.yml', 'latest-linux-arm64.yml']);
  });
});
