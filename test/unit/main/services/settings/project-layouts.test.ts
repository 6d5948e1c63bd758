import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../../../main/handlers';
import type { WindowControl } from '../../../../../main/project/window-layout';
import { JsonSettingsStore } from '../../../../../main/services/settings/json-settings-store';
import {
  MAX_PROJECT_LAYOUTS,
  projectLayoutsFrom,
  withLayout,
} from '../../../../../main/services/settings/project-layouts';
import type { WindowBounds } from '../../../../../main/services/settings/settings-store';

const DEMO = path.resolve(__dirname, '../../../../../demo/city-water-demo.factdesk');
const opened: ReturnType<typeof createHandlers>[] = [];
afterEach(async () => {
  for (const handlers of opened.splice(0)) await handlers.closeProjectFile();
});

/** A window the test moves by hand, as a user drags the real one. */
function fakeWindow(): WindowControl & { now: WindowBounds; placed: WindowBounds[] } {
  const window = {
    now: { x: 0, y: 0, width: 1360, height: 880 },
    placed: [] as WindowBounds[],
    bounds: () => window.now,
    place: (bounds: WindowBounds) => {
      window.placed.push(bounds);
      window.now = bounds;
    },
  };
  return window;
}

function setup() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'factdesk-layouts-'));
  const [first, second] = ['first.factdesk', 'second.factdesk'].map((name) => path.join(dir, name));
  copyFileSync(DEMO, first);
  copyFileSync(DEMO, second);
  const window = fakeWindow();
  const settingsFile = path.join(dir, 'user', 'settings.json');
  const noDialog = async () => null;
  const handlers = createHandlers({
    dialogs: {
      chooseProjectToOpen: noDialog,
      chooseSavePath: noDialog,
      chooseArticleToImport: noDialog,
      chooseExportPath: noDialog,
      chooseSourceFile: noDialog,
    },
    settings: new JsonSettingsStore(settingsFile),
    clock: () => new Date('2026-11-25T10:00:00Z'),
    platform: 'linux',
    demoProjectPath: DEMO,
    initialProjectPath: null,
    closeWindow: () => undefined,
    userDataDir: path.join(dir, 'user'),
    emit: () => undefined,
    printToPdf: async () => new Uint8Array(),
    openPath: async () => '',
    window,
  });
  opened.push(handlers);
  // As when the OS hands the files over: the window then opens them by path.
  handlers.allowOpening(first);
  handlers.allowOpening(second);
  return { first, second, window, handlers, settingsFile };
}

describe('window and panel layout per project', () => {
  it('puts the window back where it was for each project, and leaves it alone for a project new here', async () => {
    const { first, second, window, handlers } = setup();
    await handlers.openProjectPath(first);
    window.now = { x: 40, y: 30, width: 1000, height: 700 };
    await handlers.openProjectPath(second);
    expect(window.placed).toEqual([]);
    window.now = { x: 300, y: 200, width: 1500, height: 950 };
    await handlers.openProjectPath(first);
    expect(window.now).toEqual({ x: 40, y: 30, width: 1000, height: 700 });
    await handlers.openProjectPath(second);
    expect(window.now).toEqual({ x: 300, y: 200, width: 1500, height: 950 });
  });

  it('remembers where the window was when it closes with a project open', async () => {
    const { first, window, handlers, settingsFile } = setup();
    await handlers.openProjectPath(first);
    window.now = { x: 5, y: 6, width: 1100, height: 800 };
    handlers.rememberWindowLayout();
    const saved = JSON.parse(readFileSync(settingsFile, 'utf8')).projectLayouts;
    expect(saved).toEqual([{ path: first, window: { x: 5, y: 6, width: 1100, height: 800 }, panels: null }]);
  });

  it('returns the panel widths kept for a file when it opens again, and keeps none for a project never saved', async () => {
    const { first, second, handlers } = setup();
    const opening = await handlers.openProjectPath(first);
    expect(opening.ok && opening.layout).toBeNull();
    await handlers.saveProjectLayout({ sidePanelWidth: 420, sourceViewerWidth: 600 });
    await handlers.openProjectPath(second);
    await handlers.saveProjectLayout({ sidePanelWidth: 300, sourceViewerWidth: 400 });
    const again = await handlers.openProjectPath(first);
    expect(again.ok && again.layout).toEqual({ sidePanelWidth: 420, sourceViewerWidth: 600 });
    await handlers.closeProjectFile();
    await handlers.saveProjectLayout({ sidePanelWidth: 500, sourceViewerWidth: 500 });
    const reopened = await handlers.openProjectPath(second);
    expect(reopened.ok && reopened.layout).toEqual({ sidePanelWidth: 300, sourceViewerWidth: 400 });
  });
});

describe('projectLayoutsFrom (hand-edited settings)', () => {
  it('keeps the entries that make sense and drops or repairs the rest', () => {
    const raw = [
      {
        path: '/a.factdesk',
        window: { x: 1, y: 2, width: 3, height: 4 },
        panels: { sidePanelWidth: 400, sourceViewerWidth: 500 },
      },
      { path: '/b.factdesk', window: { x: 'far' }, panels: { sidePanelWidth: 99999, sourceViewerWidth: 500 } },
      { window: null },
      'nonsense',
    ];
    expect(projectLayoutsFrom(raw)).toEqual([
      {
        path: '/a.factdesk',
        window: { x: 1, y: 2, width: 3, height: 4 },
        panels: { sidePanelWidth: 400, sourceViewerWidth: 500 },
      },
      { path: '/b.factdesk', window: null, panels: null },
    ]);
    expect(projectLayoutsFrom({ not: 'a list' })).toEqual([]);
  });

  it('keeps the most recently used projects first, and no more than the limit', () => {
    let layouts = projectLayoutsFrom([]);
    for (let n = 0; n < MAX_PROJECT_LAYOUTS + 5; n++)
      layouts = withLayout(layouts, `/p${n}.factdesk`, { panels: null });
    layouts = withLayout(layouts, '/p10.factdesk', { window: { x: 0, y: 0, width: 900, height: 600 } });
    expect(layouts).toHaveLength(MAX_PROJECT_LAYOUTS);
    expect(layouts[0]).toEqual({
      path: '/p10.factdesk',
      window: { x: 0, y: 0, width: 900, height: 600 },
      panels: null,
    });
    expect(layouts.some((entry) => entry.path === '/p0.factdesk')).toBe(false);
  });
});
