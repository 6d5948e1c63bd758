import { describe, expect, it, vi } from 'vitest';
import type { BrowserWindow, MenuItemConstructorOptions } from 'electron';

/** The native menu's own items (main builds them; Electron is mocked: buildFromTemplate hands back the template). */

vi.mock('electron', () => ({
  Menu: { buildFromTemplate: (template: unknown) => template },
  app: { isPackaged: false },
}));
const { buildMenu } = await import('../../../../main/shell/menu');

const window = { webContents: { send: vi.fn(), isDestroyed: () => false } } as unknown as BrowserWindow;
const recent = [
  { path: '/home/sam/ferry.factdesk', name: 'Ferry fares', openedAt: '2026-12-01T10:00:00.000Z' },
  { path: '/home/sam/water.factdesk', name: 'Water bills', openedAt: '2026-11-30T10:00:00.000Z' },
];

function menuFor(isMac: boolean, projects = recent) {
  const actions = {
    recentProjects: () => projects,
    openRecent: vi.fn(),
    clearRecent: vi.fn(),
    checkForUpdates: vi.fn(),
  };
  const template = buildMenu(window, isMac, actions) as unknown as MenuItemConstructorOptions[];
  const submenu = (label: string) =>
    (template.find((item) => item.label === label || item.role === label)?.submenu ??
      []) as MenuItemConstructorOptions[];
  return { actions, submenu };
}

describe('File → Open Recent', () => {
  it('lists the recent projects right after the open commands (Linux, Windows), and opens the one clicked', () => {
    const { actions, submenu } = menuFor(false);
    const file = submenu('File');
    const labels = file.map((item) => item.label ?? item.type ?? item.role);
    expect(labels.slice(0, 4)).toEqual(['New Project', 'Open Project…', 'Open Demo Project', 'Open Recent']);
    const items = file[3].submenu as MenuItemConstructorOptions[];
    expect(items.map((item) => item.label ?? item.type)).toEqual([
      'Ferry fares',
      'Water bills',
      'separator',
      'Clear Recently Opened',
    ]);
    expect(items[1].sublabel).toBe('/home/sam/water.factdesk');
    (items[1].click as () => void)();
    expect(actions.openRecent).toHaveBeenCalledWith('/home/sam/water.factdesk');
    (items[3].click as () => void)();
    expect(actions.clearRecent).toHaveBeenCalled();
  });

  it('says when there is nothing recent', () => {
    const items = menuFor(false, []).submenu('File')[3].submenu as MenuItemConstructorOptions[];
    expect(items).toEqual([{ label: 'No Recent Projects', enabled: false }]);
  });

  it('is the system’s recentDocuments menu on macOS', () => {
    const item = menuFor(true).submenu('File')[3];
    expect(item).toMatchObject({
      label: 'Open Recent',
      role: 'recentDocuments',
      submenu: [{ role: 'clearRecentDocuments' }],
    });
  });
});

describe('a command’s item', () => {
  it('sends the window its command, as the menuCommand event', () => {
    const send = vi.mocked(window.webContents.send);
    send.mockClear();
    const save = menuFor(false)
      .submenu('File')
      .find((item) => item.label === 'Save');
    (save?.click as () => void)();
    expect(send.mock.calls).toEqual([['factdesk-event:menuCommand', 'file.save']]);
  });
});

describe('Help', () => {
  it('ends with Check for Updates…', () => {
    const { actions, submenu } = menuFor(false);
    const last = submenu('help').at(-1)!;
    expect(last.label).toBe('Check for Updates…');
    (last.click as () => void)();
    expect(actions.checkForUpdates).toHaveBeenCalled();
  });
});
