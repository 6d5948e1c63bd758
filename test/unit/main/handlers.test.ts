import { chmodSync, copyFileSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { projectView } from '../../../shared/sources/source-summary';
import { dispatchCall } from '../../../main/dispatch';
import { createHandlers, type HandlerDeps } from '../../../main/handlers';
import { JsonSettingsStore } from '../../../main/services/settings/json-settings-store';
import { createEmptyProject } from '../../../shared/project/new-project';
import type { ProjectView } from '../../../shared/project/schema';

const DEMO = path.resolve(__dirname, '../../../demo/city-water-demo.factdesk');
const SOURCE_FIXTURE = path.resolve(__dirname, '../../fixtures/sources/reservoir-report.txt');

const opened: ReturnType<typeof createHandlers>[] = [];
// Release the locks of files opened in a test (the demo's folder included).
afterEach(async () => {
  for (const handlers of opened.splice(0)) await handlers.closeProjectFile();
});

function setup(overrides: Partial<HandlerDeps> = {}) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'factdesk-handlers-'));
  const asked: string[] = [];
  const events: { event: string; payload: unknown }[] = [];
  let closed = 0;
  const deps: HandlerDeps = {
    dialogs: {
      chooseProjectToOpen: async () => (asked.push('open'), DEMO),
      chooseSavePath: async (name) => (asked.push(`save:${name}`), path.join(dir, 'chosen')),
      chooseArticleToImport: async () => (asked.push('import'), null),
      chooseExportPath: async (name) => (asked.push(`export:${name}`), path.join(dir, 'exported')),
      chooseSourceFile: async () => (asked.push('source'), SOURCE_FIXTURE),
    },
    settings: new JsonSettingsStore(path.join(dir, 'user', 'settings.json')),
    clock: () => new Date('2026-11-22T10:00:00Z'),
    platform: 'darwin',
    demoProjectPath: DEMO,
    initialProjectPath: null,
    closeWindow: () => {
      closed += 1;
    },
    userDataDir: path.join(dir, 'user'),
    emit: (event, payload) => events.push({ event, payload }),
    watchIntervalMs: 50,
    printToPdf: async (html) => new TextEncoder().encode(`%PDF-fake ${html.length}`),
    openPath: async (filePath) => (asked.push(`openPath:${filePath}`), ''),
    ...overrides,
  };
  const handlers = createHandlers(deps);
  opened.push(handlers);
  return { dir, asked, events, deps, handlers, closed: () => closed };
}

describe('createHandlers', () => {
  it('opens the demo as an unsaved copy and never writes to it', async () => {
    const { handlers } = setup();
    const before = readFileSync(DEMO);
    const result = await handlers.openDemoProject();
    expect(result.ok && result.path).toBeNull();
    expect(result.ok && result.project.claims.length).toBe(5);
    expect(readFileSync(DEMO).equals(before)).toBe(true);
  });

  it('asks where to save a never-saved project, adds .factdesk, and remembers it as recent', async () => {
    const { handlers, asked, dir } = setup();
    const project = projectView(createEmptyProject(new Date()));
    const result = await handlers.saveProject({ path: null, session: 'new', project, suggestedName: 'Budget story' });
    expect(asked).toEqual(['save:Budget story']);
    expect(result).toEqual({ ok: true, path: path.join(dir, 'chosen.factdesk'), savedAt: '2026-11-22T10:00:00.000Z' });
    expect(JSON.parse(readFileSync(path.join(dir, 'chosen.factdesk'), 'utf8')).updatedAt).toBe(
      '2026-11-22T10:00:00.000Z',
    );
    expect(await handlers.listRecentProjects()).toEqual([
      { path: path.join(dir, 'chosen.factdesk'), name: 'chosen', openedAt: '2026-11-22T10:00:00.000Z' },
    ]);
  });

  it('reports a cancelled Save dialog and writes nothing', async () => {
    const { handlers, dir } = setup();
    const cancelling = createHandlers({
      ...setup().deps,
      dialogs: {
        chooseProjectToOpen: async () => null,
        chooseSavePath: async () => null,
        chooseArticleToImport: async () => null,
        chooseExportPath: async () => null,
        chooseSourceFile: async () => null,
      },
    });
    expect(
      await cancelling.saveProjectAs({
        path: null,
        session: 'new',
        project: projectView(createEmptyProject(new Date())),
        suggestedName: 'x',
      }),
    ).toEqual({ ok: false, cancelled: true });
    expect(await handlers.listRecentProjects()).toEqual([]);
    expect(existsSync(path.join(dir, 'chosen.factdesk'))).toBe(false);
  });

  it('turns a failed save into a message that says what happened', async () => {
    const { handlers, dir, deps } = setup();
    deps.dialogs.chooseSavePath = async () => path.join(dir, 'missing-folder', 'a');
    const result = await handlers.saveProjectAs({
      path: null,
      session: 'new',
      project: projectView(createEmptyProject(new Date())),
      suggestedName: 'a',
    });
    expect(result).toEqual({
      ok: false,
      message: `Nothing was saved: the folder ‘${path.join(dir, 'missing-folder')}’ does not exist. Your work is still open; use Save As to save it somewhere else.`,
    });
  });

  it('opens the project named on the command line at startup', async () => {
    const { handlers } = setup({ initialProjectPath: DEMO });
    const state = await handlers.getStartupState();
    expect(state.platform).toBe('mac');
    expect(state.initial?.ok && state.initial.name).toBe('city-water-demo');
    expect(state.recent.map((r) => r.path)).toEqual([DEMO]);
  });

  it('returns a message, not a crash, for a bad file named on the command line', async () => {
    const { handlers, dir } = setup({ initialProjectPath: '/nonexistent/place/x.factdesk' });
    const state = await handlers.getStartupState();
    expect(state.initial).toEqual({
      ok: false,
      path: '/nonexistent/place/x.factdesk',
      message: expect.stringContaining('does not exist'),
    });
    expect(dir).toBeTruthy();
  });
});

describe('dispatchCall', () => {
  it('refuses unknown methods and malformed arguments before any handler runs', async () => {
    const { handlers, asked, closed } = setup();
    await expect(dispatchCall(handlers, 'deleteEverything', [])).rejects.toThrow('Unknown method "deleteEverything"');
    await expect(dispatchCall(handlers, 'openProjectPath', [42])).rejects.toThrow(
      /Invalid arguments for openProjectPath: \[0\]: /,
    );
    await expect(
      dispatchCall(handlers, 'saveProject', [
        { path: null, session: 'new', project: { format: 'nope' }, suggestedName: 'x' },
      ]),
    ).rejects.toThrow(/Invalid arguments for saveProject: \[0\]\.project\.format/);
    await expect(dispatchCall(handlers, 'closeWindow', ['extra'])).rejects.toThrow(/Invalid arguments for closeWindow/);
    await expect(dispatchCall(handlers, '__proto__', [])).rejects.toThrow('Unknown method');
    expect(asked).toEqual([]);
    expect(closed()).toBe(0);
  });

  it('runs a valid call', async () => {
    const { handlers } = setup();
    handlers.allowOpening(DEMO);
    const result = (await dispatchCall(handlers, 'openProjectPath', [DEMO])) as { ok: boolean };
    expect(result.ok).toBe(true);
  });

  it('imports the source file chosen in the dialog, stamped with the clock', async () => {
    const { handlers, asked } = setup();
    const result = await handlers.importSourceFile('new');
    expect(asked).toEqual(['source']);
    expect(result?.ok && result.source).toMatchObject({
      title: "Eastmere Reservoir: engineer's report",
      fileName: 'reservoir-report.txt',
      accessedAt: '2026-11-22T10:00:00.000Z',
    });
    const cancelled = setup({
      dialogs: {
        chooseProjectToOpen: async () => null,
        chooseSavePath: async () => null,
        chooseArticleToImport: async () => null,
        chooseExportPath: async () => null,
        chooseSourceFile: async () => null,
      },
    });
    expect(await cancelled.handlers.importSourceFile('new')).toBeNull();
  });

  it('refuses a source URL that is not http(s) before fetching anything', async () => {
    const { handlers } = setup();
    const result = await dispatchCall(handlers, 'importSourceUrl', ['new', 'file:///etc/hosts', []]);
    expect(result).toEqual({ ok: false, message: expect.stringContaining('is not a web address Factdesk can fetch') });
  });

  it('saves a project sent as its JSON text to the same bytes as one sent as objects', async () => {
    const { handlers, dir, deps } = setup();
    const opened = (await dispatchCall(handlers, 'openDemoProject', [])) as {
      ok: true;
      project: ProjectView;
      session: string;
    };
    const save = (file: string, project: unknown) => {
      deps.dialogs.chooseSavePath = async () => path.join(dir, file);
      return dispatchCall(handlers, 'saveProjectAs', [
        { path: null, session: opened.session, project, suggestedName: 'x' },
      ]);
    };
    expect(await save('objects.factdesk', opened.project)).toMatchObject({ ok: true });
    expect(await save('text.factdesk', JSON.stringify(opened.project))).toMatchObject({ ok: true });
    const written = readFileSync(path.join(dir, 'text.factdesk'), 'utf8');
    expect(written).toBe(readFileSync(path.join(dir, 'objects.factdesk'), 'utf8'));
    expect(JSON.parse(written).sources[0].text.length).toBeGreaterThan(100);
  });

  it('refuses project text that is not JSON, or not a project, naming the problem, and writes nothing', async () => {
    const { handlers, dir } = setup();
    const save = (project: string) =>
      dispatchCall(handlers, 'saveProject', [
        { path: path.join(dir, 'never.factdesk'), session: 'new', project, suggestedName: 'x' },
      ]);
    await expect(save('{"format": "factdesk-project", ')).rejects.toThrow(
      'Invalid arguments for saveProject: [0].project: the project sent is not valid JSON',
    );
    await expect(save(JSON.stringify({ format: 'nope' }))).rejects.toThrow(
      /Invalid arguments for saveProject: \[0\]\.project\.format/,
    );
    await expect(
      dispatchCall(handlers, 'writeBackup', [{ path: null, name: 'x', session: 'new', project: '[]' }]),
    ).rejects.toThrow(/Invalid arguments for writeBackup: \[0\]\.project/);
    expect(existsSync(path.join(dir, 'never.factdesk'))).toBe(false);
  });
});

describe('saving over a read-only project', () => {
  it('is refused with a message saying so, and the file is unchanged', async () => {
    const { handlers, dir, deps } = setup();
    const file = path.join(dir, 'story.factdesk');
    copyFileSync(DEMO, file);
    chmodSync(file, 0o444);
    const before = readFileSync(file);
    deps.dialogs.chooseProjectToOpen = async () => file;
    const opened = await handlers.openProjectDialog();
    if (!opened?.ok) throw new Error('not opened');
    const result = await handlers.saveProject({
      path: file,
      session: opened.session,
      project: opened.project,
      suggestedName: 'story',
    });
    expect(result).toEqual({
      ok: false,
      message:
        'Nothing was saved: ‘story.factdesk’ is read-only (its permissions do not allow changes). Your work is still open; make the file writable, or use Save As to keep your changes in a copy.',
    });
    expect(readFileSync(file).equals(before)).toBe(true);
  });
});
