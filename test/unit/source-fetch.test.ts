import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchSourceUrl } from '../../main/services/source-fetch';

// A loopback server started by the test: the URL path never touches the internet.
let server: Server;
let base = '';
const NOW = new Date('2026-11-20T10:00:00Z');
const LIMITS = { timeoutMs: 500, maxBytes: 4096 };

const PAGE = `<html><head><title>Ledger | Bills</title></head><body><nav>Menu</nav>
<main><h1>Bills rise</h1><p>Water bills will rise by 14 per cent.</p></main><footer>Footer</footer></body></html>`;

beforeAll(async () => {
  server = createServer((request, response) => {
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
    } else if (request.url === '/image') {
      response.writeHead(200, { 'content-type': 'image/png' });
      response.end('png');
    } else {
      response.writeHead(404, { 'content-type': 'text/html' });
      response.end('<p>Not here</p>');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
  server.closeAllConnections();
  server.close();
});

describe('fetchSourceUrl', () => {
  it('keeps the readable text of the page and its title', async () => {
    const result = await fetchSourceUrl(`${base}/story`, NOW, LIMITS);
    if (!result.ok) throw new Error(result.message);
    expect(result.source.title).toBe('Ledger | Bills');
    expect(result.source.url).toBe(`${base}/story`);
    expect(result.source.text).toBe('Bills rise\nWater bills will rise by 14 per cent.');
  });

  it('gives up after the time limit', async () => {
    const result = await fetchSourceUrl(`${base}/slow`, NOW, LIMITS);
    expect(result).toEqual({ ok: false, message: `127.0.0.1:${new URL(base).port} did not answer within 0.5 seconds. Nothing was added.` });
  });

  it('stops reading a page over the size limit', async () => {
    const result = await fetchSourceUrl(`${base}/huge`, NOW, LIMITS);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toContain('is larger than 0 MB, the limit for a web source');
  });

  it('refuses addresses that are not http(s)', async () => {
    for (const address of ['file:///etc/passwd', 'javascript:alert(1)', 'not a url']) {
      const result = await fetchSourceUrl(address, NOW, LIMITS);
      expect(!result.ok && result.message).toMatch(/is not a web address Factdesk can fetch: use one starting with http:\/\/ or https:\/\//);
    }
  });

  it('reports an error status', async () => {
    const result = await fetchSourceUrl(`${base}/missing`, NOW, LIMITS);
    expect(!result.ok && result.message).toBe(`127.0.0.1:${new URL(base).port} answered “404 Not Found” for ${base}/missing. Nothing was added.`);
  });

  it('refuses content that is not a web page', async () => {
    const result = await fetchSourceUrl(`${base}/image`, NOW, LIMITS);
    expect(!result.ok && result.message).toContain('is not a web page (image/png)');
  });
});
