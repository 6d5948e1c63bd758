import { safeExternalUrl } from '../../shared/util/safe-url';

/**
 * The window's security settings and decisions, kept free of 'electron' so
 * unit tests can check them without the Electron binary. main/window.ts,
 * main/ipc.ts and main/app-protocol.ts apply them.
 */

/** The renderer is served from app://factdesk/, never from file:// or the network. */
export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://factdesk`;

/**
 * Is this URL one of our own pages? Compared by scheme and host: Node's URL
 * parser gives custom schemes an opaque origin ("null"), so comparing
 * origins would refuse every page, ours included.
 */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === 'factdesk';
  } catch {
    return false;
  }
}

export const SECURE_WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  navigateOnDragDrop: false,
  spellcheck: true,
} as const;

/** A navigation or new window is never allowed in-app; a safe link may go to the system browser. */
export function externalTargetOf(url: string): string | null {
  return safeExternalUrl(url);
}

interface PermissionSession {
  setPermissionRequestHandler(
    handler: (
      contents: unknown,
      permission: string,
      callback: (granted: boolean) => void,
      details?: { requestingUrl?: string },
    ) => void,
  ): void;
  setPermissionCheckHandler(
    handler: (contents: unknown, permission: string, requestingOrigin: string, ...rest: unknown[]) => boolean,
  ): void;
}

/**
 * Chromium asks before a page reaches the local network or this machine (Local Network Access): a shared
 * project's collaboration server is often there (a newsroom's LAN, 127.0.0.1). Granted to our own page only;
 * what it may reach is still bounded by its Content-Security-Policy (WebSockets only).
 */
const LOCAL_NETWORK = new Set(['local-network-access', 'local-network', 'loopback-network']);

/** Camera, microphone, geolocation, notifications, clipboard reads...: the app needs none of them. */
export function denyAllPermissionsButLocalNetwork(session: PermissionSession): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(LOCAL_NETWORK.has(permission) && isAppUrl(details?.requestingUrl ?? '')),
  );
  session.setPermissionCheckHandler(
    (_contents, permission, requestingOrigin) => LOCAL_NETWORK.has(permission) && isAppUrl(requestingOrigin),
  );
}

interface SenderFrame {
  url: string;
}

/** Only the main frame of our own window, showing our own page, may call the API. */
export function isTrustedSender(
  sender: unknown,
  senderFrame: SenderFrame | null,
  window: { mainFrame: unknown },
  isAppUrl: (url: string) => boolean,
): boolean {
  return sender === window && senderFrame !== null && senderFrame === window.mainFrame && isAppUrl(senderFrame.url);
}

/** The file under `rendererRoot` that an app:// URL names, or null for anything outside it or another host. */
export function rendererFileFor(
  requestUrl: string,
  rendererRoot: string,
  resolve: (...parts: string[]) => string,
  sep: string,
): string | null {
  const url = new URL(requestUrl);
  const relative = decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname);
  const file = resolve(rendererRoot, `.${relative}`);
  return url.host === 'factdesk' && file.startsWith(rendererRoot + sep) ? file : null;
}
