import { describe, expect, it } from 'vitest';
import { CollabServerUrl, parseShareLink, serverAddress, shareLink } from '../../../../shared/collab/share-link';

describe('server addresses', () => {
  it('reads what people type: ws(s)://, http(s)://, a bare host (TLS unless it is this machine)', () => {
    expect(serverAddress('ws://127.0.0.1:1234')).toBe('ws://127.0.0.1:1234');
    expect(serverAddress('  WSS://Collab.Newsroom.example/ ')).toBe('wss://collab.newsroom.example');
    expect(serverAddress('https://collab.newsroom.example/factdesk')).toBe('wss://collab.newsroom.example/factdesk');
    expect(serverAddress('collab.newsroom.example')).toBe('wss://collab.newsroom.example');
    expect(serverAddress('127.0.0.1:1234')).toBe('ws://127.0.0.1:1234');
    expect(serverAddress('localhost:1234')).toBe('ws://localhost:1234');
  });

  it('refuses anything else', () => {
    for (const bad of [
      '',
      'ftp://x.example',
      'ws://',
      'ws://user:secret@host.example',
      'ws://host.example/?token=1',
      'ws://host.example/#x',
      'javascript:alert(1)',
      'ws://host name.example',
    ])
      expect(serverAddress(bad), bad).toBeNull();
  });

  it('the API takes only an address as the app writes it', () => {
    expect(CollabServerUrl.safeParse('wss://collab.newsroom.example').success).toBe(true);
    expect(CollabServerUrl.safeParse('collab.newsroom.example').success).toBe(false);
    expect(CollabServerUrl.safeParse('file:///etc/passwd').success).toBe(false);
  });
});

describe('factdesk:// links', () => {
  it('round-trip a server and a document id, and never carry a token', () => {
    const link = shareLink({ serverUrl: 'wss://collab.newsroom.example/fd', documentId: 'prj_4f1c9a0b2e7d4c11' });
    expect(link).toBe('factdesk://open?server=wss%3A%2F%2Fcollab.newsroom.example%2Ffd&document=prj_4f1c9a0b2e7d4c11');
    expect(parseShareLink(link)).toEqual({
      serverUrl: 'wss://collab.newsroom.example/fd',
      documentId: 'prj_4f1c9a0b2e7d4c11',
    });
  });

  it('refuses links that do not name both, or name them badly', () => {
    for (const bad of [
      'factdesk://open?server=wss%3A%2F%2Fx.example',
      'factdesk://open?document=prj_1',
      'factdesk://open?server=file%3A%2F%2F%2Fetc&document=prj_1',
      'factdesk://open?server=wss%3A%2F%2Fx.example&document=..%2F..%2Fetc',
      'factdesk://open?server=%E0%A4%A&document=prj_1',
      'https://open?server=wss%3A%2F%2Fx.example&document=prj_1',
    ])
      expect(parseShareLink(bad), bad).toBeNull();
  });
});
