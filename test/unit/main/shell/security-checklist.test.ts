import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../../main/shell/security-policy';
import {
  denyAllPermissionsButLocalNetwork,
  externalTargetOf,
  isAppUrl,
  isTrustedSender,
  rendererFileFor,
  SECURE_WEB_PREFERENCES,
} from '../../../../main/shell/web-security';
import { API_METHODS } from '../../../../shared/api';

/** The Electron security checklist, item by item (see SECURITY.md). */

const ROOT = path.resolve(__dirname, '../../../..');

describe('window settings', () => {
  it('isolate and sandbox the renderer, with no Node and web security on', () => {
    expect(SECURE_WEB_PREFERENCES).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('are the ones main/shell/window.ts really uses', () => {
    const source = readFileSync(path.join(ROOT, 'main/shell/window.ts'), 'utf8');
    expect(source).toMatch(/webPreferences: \{ \.\.\.SECURE_WEB_PREFERENCES, preload: /);
    expect(source).toContain('denyAllPermissionsButLocalNetwork(contents.session)');
    expect(source).not.toMatch(/nodeIntegration|contextIsolation|sandbox: false|webSecurity/);
    expect(readFileSync(path.join(ROOT, 'main/shell/index.ts'), 'utf8')).toContain('app.enableSandbox()');
  });
});

describe('content security policy', () => {
  const directives = Object.fromEntries(
    CONTENT_SECURITY_POLICY.split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...values]) => [name, values]),
  );
  it("is default-src 'self' with no eval, no inline scripts and no remote origins but WebSockets", () => {
    expect(directives['default-src']).toEqual(["'self'"]);
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    // A shared project's collaboration server, at the address the user gives: WebSockets only.
    expect(directives['connect-src']).toEqual(["'self'", 'ws:', 'wss:']);
    const { 'connect-src': _connect, ...others } = directives;
    expect(JSON.stringify(others)).not.toMatch(/unsafe-eval|wasm-unsafe-eval|https?:|\*|wss?:/);
  });

  it('is the one the page declares itself (the meta tag in renderer/index.html)', () => {
    const html = readFileSync(path.join(__dirname, '../../../../renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(html)?.[1];
    expect(meta?.split(';').map((d) => d.trim())).toEqual(CONTENT_SECURITY_POLICY.split(';').map((d) => d.trim()));
  });
});

describe('navigation and links', () => {
  it('only parsed http(s) and mailto links leave the app, and only to the system browser', () => {
    expect(externalTargetOf('https://harbour-ledger.example/story')).toBe('https://harbour-ledger.example/story');
    expect(externalTargetOf('mailto:desk@harbour-ledger.example')).toBe('mailto:desk@harbour-ledger.example');
    for (const bad of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      'data:text/html,<script>1</script>',
      'app://factdesk/index.html',
      'smb://share/x',
      'http://',
      ' javascript:alert(1)',
      'vbscript:x',
      'https//no-colon',
    ]) {
      expect(externalTargetOf(bad), bad).toBeNull();
    }
  });
});

describe('permissions', () => {
  type RequestHandler = (c: unknown, p: string, cb: (granted: boolean) => void, d?: { requestingUrl?: string }) => void;
  type CheckHandler = (c: unknown, p: string, origin: string) => boolean;
  /** The two handlers the window's session is given. */
  function installedHandlers(): { requestHandler: RequestHandler; checkHandler: CheckHandler } {
    let requestHandler: RequestHandler | undefined;
    let checkHandler: CheckHandler | undefined;
    denyAllPermissionsButLocalNetwork({
      setPermissionRequestHandler: (h) => (requestHandler = h),
      setPermissionCheckHandler: (h) => (checkHandler = h),
    });
    return { requestHandler: requestHandler!, checkHandler: checkHandler! };
  }

  it('every permission request and check is denied', () => {
    const { requestHandler, checkHandler } = installedHandlers();
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
      'fileSystem',
    ]) {
      const callback = vi.fn();
      requestHandler(null, permission, callback, { requestingUrl: 'app://factdesk/index.html' });
      expect(callback).toHaveBeenCalledWith(false);
      expect(checkHandler(null, permission, 'app://factdesk')).toBe(false);
    }
  });

  it('but our own page may reach a collaboration server on the local network or this machine', () => {
    const { requestHandler, checkHandler } = installedHandlers();
    for (const permission of ['local-network-access', 'local-network', 'loopback-network']) {
      const ours = vi.fn();
      requestHandler(null, permission, ours, { requestingUrl: 'app://factdesk/index.html' });
      expect(ours).toHaveBeenCalledWith(true);
      expect(checkHandler(null, permission, 'app://factdesk')).toBe(true);
      const other = vi.fn();
      requestHandler(null, permission, other, { requestingUrl: 'https://evil.example/' });
      expect(other).toHaveBeenCalledWith(false);
      expect(checkHandler(null, permission, 'https://evil.example')).toBe(false);
    }
  });
});

describe('IPC senders', () => {
  const mainFrame = { url: 'app://factdesk/index.html' };
  const window = { mainFrame };
  it('accepts only the main frame of our window showing our page', () => {
    expect(isTrustedSender(window, mainFrame, window, isAppUrl)).toBe(true);
    expect(isTrustedSender({ mainFrame }, mainFrame, window, isAppUrl)).toBe(false);
    expect(isTrustedSender(window, { url: 'app://factdesk/index.html' }, window, isAppUrl)).toBe(false);
    expect(isTrustedSender(window, null, window, isAppUrl)).toBe(false);
    const navigatedAway = { mainFrame: { url: 'https://attacker.example/' } };
    expect(isTrustedSender(navigatedAway, navigatedAway.mainFrame, navigatedAway, isAppUrl)).toBe(false);
  });

  it('recognises our app:// pages (Node gives custom schemes an opaque origin) and nothing else', () => {
    expect(isAppUrl('app://factdesk/index.html')).toBe(true);
    for (const url of ['app://evil/index.html', 'https://factdesk/index.html', 'file:///app/index.html', 'not a url'])
      expect(isAppUrl(url), url).toBe(false);
  });
});

describe('the app:// protocol', () => {
  const root = path.join(ROOT, 'dist', 'renderer');
  it('serves files from the renderer folder only', () => {
    expect(rendererFileFor('app://factdesk/', root, path.resolve, path.sep)).toBe(path.join(root, 'index.html'));
    expect(rendererFileFor('app://factdesk/assets/app.js', root, path.resolve, path.sep)).toBe(
      path.join(root, 'assets', 'app.js'),
    );
    expect(rendererFileFor('app://factdesk/..%2f..%2fpackage.json', root, path.resolve, path.sep)).toBeNull();
    expect(rendererFileFor('app://other/index.html', root, path.resolve, path.sep)).toBeNull();
  });
});

describe('the preload script', () => {
  it('exposes window.factdesk with exactly the contract’s methods and `on`, nothing else', async () => {
    const exposed: Record<string, unknown> = {};
    vi.doMock('electron', () => ({
      contextBridge: { exposeInMainWorld: (key: string, api: unknown) => (exposed[key] = api) },
      ipcRenderer: { invoke: vi.fn(), on: vi.fn(), removeListener: vi.fn() },
    }));
    await import('../../../../main/shell/preload');
    expect(Object.keys(exposed)).toEqual(['factdesk']);
    expect(Object.keys(exposed.factdesk as object).sort()).toEqual([...API_METHODS, 'on'].sort());
    const on = (exposed.factdesk as { on(e: string, l: () => void): void }).on;
    expect(() => on('not-an-event', () => undefined)).toThrow('Unknown event');
    vi.doUnmock('electron');
  });
});

describe('release fuses', () => {
  // The electronFuses block of electron-builder.yml: "  name: true|false" lines under the key.
  const yml = readFileSync(path.join(ROOT, 'electron-builder.yml'), 'utf8');
  const block = /^electronFuses:\n((?: {2}\w+: (?:true|false)\n?)+)/m.exec(yml)![1];
  const config = {
    electronFuses: Object.fromEntries(
      [...block.matchAll(/^ {2}(\w+): (true|false)$/gm)].map((m) => [m[1], m[2] === 'true']),
    ),
  };
  it('turn off Node entry points and turn on ASAR integrity', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });

  it('use only option names electron-builder knows (checked against app-builder-lib’s FuseOptionsV1)', () => {
    const types = readFileSync(path.join(ROOT, 'node_modules/app-builder-lib/out/configuration.d.ts'), 'utf8');
    const block = /export interface FuseOptionsV1 \{([\s\S]*?)\n\}/.exec(types)![1];
    const known = [...block.matchAll(/^\s{4}(\w+)\?: boolean;/gm)].map((m) => m[1]);
    expect(known).toContain('runAsNode');
    for (const name of Object.keys(config.electronFuses)) expect(known, name).toContain(name);
  });
});
