import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fetchSourceUrl } from '../../../../../main/services/web/source-fetch';

// A loopback server started by the test: the URL path never touches the internet.
let server: Server;
let base = '';
let port = 0;
let requests: string[] = [];
const NOW = new Date('2026-11-20T10:00:00Z');
const LIMITS = { timeoutMs: 500, maxBytes: 4096 };
/** Loopback is someone's own network: these tests confirm it, as the user would in the Add source dialog. */
const CONFIRMED = { ...LIMITS, ownNetworkAddresses: ['127.0.0.1', '::1'] };

const PAGE = `<html><head><title>Ledger | Bills</title></head><body><nav>Menu</nav>
<main><h1>Bills rise</h1><p>Water bills will rise by 14 per cent.</p></main><footer>Footer</footer></body></html>`;

beforeAll(async () => {
  server = createServer((request, response) => {
    requests.push(request.url ?? '');
    if (request.url === '/story') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(PAGE);
    } else if (request.url === '/slow') {
      setTimeout(() => response.end('late'), 3000);
    } else if (request.url === '/huge') {
      response.writeHead(200, { 'content-type': 'text/html' });
      const chunk = '<p>' + 'word '.repeat(200) + '</p>';
      let sent = 0;
      const send = () => {
        while (sent < 20 && response.write(chunk)) sent++;
        if (sent < 20) response.once('drain', send);
        else response.end();
      };
      send();
    } else if (request.url === '/gzip-bomb') {
      // 8 KB on the wire, 8 MB once inflated.
      response.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
      response.end(gzipSync(Buffer.alloc(8 * 1024 * 1024, 0x20), { level: 9 }));
    } else if (request.url === '/gzip') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'gzip' });
      response.end(gzipSync(PAGE));
    } else if (request.url === '/image') {
      response.writeHead(200, { 'content-type': 'image/png' });
      response.end('png');
    } else if (request.url === '/untyped') {
      // A program, sent with no Content-Type: it must not become a source's "text".
      response.writeHead(200);
      response.end(Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0]));
    } else if (request.url === '/moved') {
      response.writeHead(301, { location: '/hop' });
      response.end();
    } else if (request.url === '/hop') {
      response.writeHead(302, { location: `http://127.0.0.1:${port}/story` });
      response.end();
    } else if (request.url === '/to-v6') {
      response.writeHead(302, { location: `http://[::ffff:10.0.0.7]:${port}/story` });
      response.end();
    } else if (request.url === '/loop') {
      response.writeHead(302, { location: '/loop' });
      response.end();
    } else {
      response.writeHead(404, { 'content-type': 'text/html' });
      response.end('<p>Not here</p>');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
});

beforeEach(() => {
  requests = [];
});

afterAll(() => {
  server.closeAllConnections();
  server.close();
});

describe('fetchSourceUrl', () => {
  it('keeps the readable text of the page and its title', async () => {
    const result = await fetchSourceUrl(`${base}/story`, NOW, CONFIRMED);
    if (!result.ok) throw new Error(result.message);
    expect(result.source.title).toBe('Ledger | Bills');
    expect(result.source.url).toBe(`${base}/story`);
    expect(result.source.text).toBe('Bills rise\nWater bills will rise by 14 per cent.');
  });

  it('gives up after the time limit', async () => {
    const result = await fetchSourceUrl(`${base}/slow`, NOW, CONFIRMED);
    expect(result).toEqual({
      ok: false,
      message: `127.0.0.1:${port} did not answer within 0.5 seconds. Nothing was added.`,
    });
  });

  it('stops reading a page over the size limit', async () => {
    const result = await fetchSourceUrl(`${base}/huge`, NOW, CONFIRMED);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toContain('is larger than 0 MB, the limit for a web source');
  });

  it('reads a compressed page, counting the size limit on what it inflates to', async () => {
    const page = await fetchSourceUrl(`${base}/gzip`, NOW, CONFIRMED);
    expect(page.ok && page.source.text).toBe('Bills rise\nWater bills will rise by 14 per cent.');
    const bomb = await fetchSourceUrl(`${base}/gzip-bomb`, NOW, CONFIRMED);
    expect(!bomb.ok && bomb.message).toBe(
      `The page ${base}/gzip-bomb is larger than 0 MB, the limit for a web source. Nothing was added.`,
    );
  });

  it('refuses addresses that are not http(s)', async () => {
    for (const address of ['file:///etc/passwd', 'javascript:alert(1)', 'not a url']) {
      const result = await fetchSourceUrl(address, NOW, CONFIRMED);
      expect(!result.ok && result.message).toMatch(
        /is not a web address Factdesk can fetch: use one starting with http:\/\/ or https:\/\//,
      );
    }
  });

  it('reports an error status', async () => {
    const result = await fetchSourceUrl(`${base}/missing`, NOW, CONFIRMED);
    expect(!result.ok && result.message).toBe(
      `127.0.0.1:${port} answered “404 Not Found” for ${base}/missing. Nothing was added.`,
    );
  });

  it('refuses content that is not a web page, and content that does not say what it is', async () => {
    const image = await fetchSourceUrl(`${base}/image`, NOW, CONFIRMED);
    expect(!image.ok && image.message).toContain('is not a web page (image/png)');
    const untyped = await fetchSourceUrl(`${base}/untyped`, NOW, CONFIRMED);
    expect(untyped).toEqual({
      ok: false,
      message: `${base}/untyped did not say what kind of content it is (it sent no Content-Type), so Factdesk cannot tell it is a web page. Download it and import the file instead. Nothing was added.`,
    });
  });

  it('follows redirects and keeps the address it ended at', async () => {
    const result = await fetchSourceUrl(`${base}/moved`, NOW, CONFIRMED);
    if (!result.ok) throw new Error(result.message);
    expect(result.source.url).toBe(`${base}/story`);
    expect(requests).toEqual(['/moved', '/hop', '/story']);
    const looping = await fetchSourceUrl(`${base}/loop`, NOW, CONFIRMED);
    expect(!looping.ok && looping.message).toBe(`${base}/loop redirected more than 5 times. Nothing was added.`);
  });

  it('says that a user name or password in the address is not supported, and sends nothing', async () => {
    const result = await fetchSourceUrl(`http://editor:secret@127.0.0.1:${port}/story`, NOW, CONFIRMED);
    expect(result).toEqual({
      ok: false,
      message:
        'The address has a user name or password in it (“editor:…@”): Factdesk does not send credentials in a web address. Remove them, or download the page and import the file. Nothing was added.',
    });
    expect(requests).toEqual([]);
  });
});

describe('addresses on the user’s own network', () => {
  it('refuses loopback by default and asks; fetches it once confirmed', async () => {
    const refused = await fetchSourceUrl(`${base}/story`, NOW, LIMITS);
    expect(refused).toEqual({
      ok: false,
      ownNetworkAddress: '127.0.0.1',
      message: 'This address is on your own network (127.0.0.1). Fetch it anyway?',
    });
    expect(requests).toEqual([]);
    const confirmed = await fetchSourceUrl(`${base}/story`, NOW, { ...LIMITS, ownNetworkAddresses: ['127.0.0.1'] });
    expect(confirmed.ok && confirmed.source.url).toBe(`${base}/story`);
  });

  it('checks the address a name resolves to (localhost)', async () => {
    const refused = await fetchSourceUrl(`http://localhost:${port}/story`, NOW, LIMITS);
    expect(refused).toMatchObject({ ok: false, ownNetworkAddress: expect.stringMatching(/^(127\.0\.0\.1|::1)$/) });
    expect(!refused.ok && refused.message).toMatch(
      /^This address is on your own network \(localhost is (127\.0\.0\.1|::1)\)\. Fetch it anyway\?$/,
    );
    expect(requests).toEqual([]);
  });

  it('checks every redirect: a confirmed address does not confirm another one', async () => {
    const refused = await fetchSourceUrl(`${base}/to-v6`, NOW, { ...LIMITS, ownNetworkAddresses: ['127.0.0.1'] });
    expect(refused).toEqual({
      ok: false,
      ownNetworkAddress: '10.0.0.7',
      message: 'This address is on your own network (::ffff:a00:7 is 10.0.0.7). Fetch it anyway?',
    });
    expect(requests).toEqual(['/to-v6']);
  });

  it('knows private, loopback and link-local addresses in IPv4 and IPv6, mapped forms included', async () => {
    const own = [
      '127.0.0.1',
      '127.255.0.9',
      '0.0.0.0',
      '10.1.2.3',
      '172.16.0.1',
      '172.31.255.255',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '[::1]',
      '[::]',
      '[fe80::1]',
      '[fc00::1]',
      '[fd12:3456::1]',
      '[::ffff:127.0.0.1]',
      '[::ffff:192.168.0.1]',
      '[64:ff9b::a00:1]',
      '2130706433',
      '0x7f.0.0.1',
    ];
    for (const host of own) {
      const result = await fetchSourceUrl(`http://${host}:${port}/story`, NOW, LIMITS);
      expect(result, host).toMatchObject({ ok: false, ownNetworkAddress: expect.any(String) });
    }
    expect(requests).toEqual([]);
  });
});
