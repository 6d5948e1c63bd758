import { copyFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatchCall } from '../../../../main/dispatch';
import { anchorFor } from '../../../../shared/anchoring/selectors';
import { loadProjectFile } from '../../../../main/services/project-file/project-io';
import type { OpenResult, SaveResult } from '../../../../shared/api';
import { serializeProject } from '../../../../shared/project/project-file';
import { refreshClaimAnchors } from '../../../../shared/anchoring/refresh-claim-anchors';
import { DEFAULT_REPORT_OPTIONS } from '../../../../shared/report/options';
import { renderReport } from '../../../../shared/report/render';
import type { Project, ProjectView } from '../../../../shared/project/schema';
import { DEMO, handlerSetup } from '../../helpers/handler-setup';

/**
 * The window holds sources without their texts; main keeps them per open
 * project and puts them back wherever the project leaves the app. Calls go
 * through dispatchCall with structured-cloned arguments, as over IPC.
 */

const SOURCE_FIXTURE = path.resolve(__dirname, '../../../fixtures/sources/reservoir-report.txt');
const NOW = new Date('2026-11-25T12:00:00Z');
const setups: ReturnType<typeof handlerSetup>[] = [];
afterEach(async () => {
  for (const { handlers } of setups.splice(0)) await handlers.closeProjectFile();
});

async function openCopyOfDemo() {
  const setup = handlerSetup({
    clock: () => NOW,
    dialogs: {
      chooseProjectToOpen: async () => null,
      chooseSavePath: async () => null,
      chooseArticleToImport: async () => null,
      chooseExportPath: async () => null,
      chooseSourceFile: async () => SOURCE_FIXTURE,
    },
  });
  setups.push(setup);
  const file = path.join(setup.dir, 'story.factdesk');
  copyFileSync(DEMO, file);
  const call = (method: string, ...args: unknown[]) => dispatchCall(setup.handlers, method, structuredClone(args));
  // As when the OS hands the file over (a double-click): the window then asks for it by path.
  setup.handlers.allowOpening(file);
  const opened = (await call('openProjectPath', file)) as OpenResult;
  if (!opened.ok) throw new Error(opened.message);
  return { ...setup, file, call, view: opened.project, session: opened.session };
}

async function demoProject(): Promise<Project> {
  const loaded = await loadProjectFile(DEMO);
  if (!loaded.ok) throw new Error(loaded.message);
  return loaded.project;
}

const save = (
  call: (method: string, ...args: unknown[]) => Promise<unknown>,
  file: string,
  session: string,
  project: ProjectView,
) => call('saveProject', { path: file, session, project, suggestedName: 'story' }) as Promise<SaveResult>;

describe('source texts kept in main', () => {
  it('reach the window as summaries: no text, its length instead', async () => {
    const { view } = await openCopyOfDemo();
    const full = await demoProject();
    expect(view.sources.map((source) => Object.keys(source).includes('text'))).toEqual(full.sources.map(() => false));
    expect(view.sources.map((source) => source.textLength)).toEqual(full.sources.map((source) => source.text.length));
  });

  it('save after open writes the same bytes as before (texts back, keys in the file’s order)', async () => {
    const { call, file, session, view } = await openCopyOfDemo();
    const full = await demoProject();
    expect((await save(call, file, session, view)).ok).toBe(true);
    const before = serializeProject(refreshClaimAnchors({ ...full, updatedAt: NOW.toISOString() }));
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('a source imported then removed then undone still saves its text', async () => {
    const { call, file, session, view } = await openCopyOfDemo();
    const imported = (await call('importSourceFile', session)) as { ok: true; source: ProjectView['sources'][number] };
    expect(imported.ok && 'text' in imported.source).toBe(false);
    const withImported = { ...view, sources: [...view.sources, imported.source] };
    expect((await save(call, file, session, withImported)).ok).toBe(true);
    expect((await save(call, file, session, view)).ok).toBe(true);
    expect(JSON.parse(readFileSync(file, 'utf8')).sources.map((s: { id: string }) => s.id)).not.toContain(
      imported.source.id,
    );
    expect((await save(call, file, session, withImported)).ok).toBe(true);
    const saved = JSON.parse(readFileSync(file, 'utf8')).sources.find(
      (s: { id: string }) => s.id === imported.source.id,
    );
    expect(saved.text).toBe(readFileSync(SOURCE_FIXTURE, 'utf8').replace(/\r\n?/g, '\n').trim());
  });

  it('refuse to save a source whose text never reached main, and write nothing', async () => {
    const { call, file, session, view } = await openCopyOfDemo();
    const before = readFileSync(file);
    const stranger = { ...view.sources[0], id: 'src_never_sent' };
    const result = await save(call, file, session, { ...view, sources: [...view.sources, stranger] });
    expect(result).toEqual({ ok: false, message: expect.stringContaining('src_never_sent') });
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('give the viewer one source’s text on request', async () => {
    const { call, session, view } = await openCopyOfDemo();
    const full = await demoProject();
    expect(await call('readSourceText', session, view.sources[1].id)).toBe(full.sources[1].text);
    expect(await call('readSourceText', session, 'src_unknown')).toBeNull();
  });

  it('find where each evidence excerpt is now, and report a broken one', async () => {
    const { call, session } = await openCopyOfDemo();
    const source = (await demoProject()).sources[2];
    const anchor = anchorFor(source.text, 40, 90);
    const moved = { ...anchor, position: { start: 0, end: 50 } };
    const broken = {
      quote: { exact: 'words that are in no source at all', prefix: '', suffix: '' },
      position: { start: 0, end: 34 },
    };
    const places = await call(
      'locateEvidence',
      session,
      [anchor, moved, broken].map((a) => ({ sourceId: source.id, anchor: a })),
    );
    expect(places).toEqual([{ start: 40, end: 90 }, { start: 40, end: 90 }, null]);
  });

  it('render the export preview with the texts, exactly as the export would', async () => {
    const { call, session, view } = await openCopyOfDemo();
    const full = await demoProject();
    const html = await call('previewReport', { session, project: view, options: DEFAULT_REPORT_OPTIONS });
    expect(html).toBe(renderReport(refreshClaimAnchors(full), 'html', DEFAULT_REPORT_OPTIONS));
  });

  it('write crash backups with the texts', async () => {
    const { call, session, view, deps } = await openCopyOfDemo();
    const full = await demoProject();
    const { key } = (await call('writeBackup', { path: null, name: 'story', session, project: view })) as {
      key: string;
    };
    const backup = JSON.parse(readFileSync(path.join(deps.userDataDir, 'backups', `${key}.json`), 'utf8'));
    expect(backup.project.sources).toEqual(full.sources);
  });
});
