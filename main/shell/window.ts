import path from 'node:path';
import type { WindowBounds } from '../services/settings/settings-store';
import { BrowserWindow, shell, type WebContents } from 'electron';
import { APP_ORIGIN } from './app-protocol';
import { sendEvent } from './send-event';
import { denyAllPermissionsButLocalNetwork, externalTargetOf, SECURE_WEB_PREFERENCES } from './web-security';

/** Refuse navigation and new windows; hand safe links to the system browser. */
function lockDown(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    event.preventDefault();
    const external = externalTargetOf(url);
    if (external) void shell.openExternal(external);
  });
  contents.setWindowOpenHandler(({ url }) => {
    const external = externalTargetOf(url);
    if (external) void shell.openExternal(external);
    return { action: 'deny' };
  });
  denyAllPermissionsButLocalNetwork(contents.session);
}

/** Size, and position when it is still on a screen. */
export type WindowPlacement = Pick<WindowBounds, 'width' | 'height'> & Partial<Pick<WindowBounds, 'x' | 'y'>>;

export function createMainWindow(
  preloadPath: string,
  bounds: WindowPlacement | null,
): { window: BrowserWindow; allowClose: () => void } {
  const window = new BrowserWindow({
    width: bounds?.width ?? 1360,
    height: bounds?.height ?? 880,
    ...(bounds?.x !== undefined && bounds.y !== undefined ? { x: bounds.x, y: bounds.y } : {}),
    minWidth: 900,
    minHeight: 600,
    title: 'Factdesk',
    show: false,
    backgroundColor: '#f6f5f2',
    webPreferences: { ...SECURE_WEB_PREFERENCES, preload: path.resolve(preloadPath) },
  });
  lockDown(window.webContents);
  let closeConfirmed = false;
  window.on('close', (event) => {
    if (closeConfirmed) return;
    // The renderer asks about unsaved changes, then calls closeWindow().
    event.preventDefault();
    sendEvent(window.webContents, 'closeRequested', null);
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(`${APP_ORIGIN}/index.html`);
  return {
    window,
    allowClose: () => {
      closeConfirmed = true;
      window.close();
    },
  };
}
