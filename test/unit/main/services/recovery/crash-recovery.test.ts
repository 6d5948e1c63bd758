import { copyFileSync, existsSync, readdirSync, utimesSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectView } from '../../../../../shared/sources/source-summary';
import {
  HISTORY_KEEP_MS,
  HISTORY_MIN_GAP_MS,
  HistorySnapshots,
} from '../../../../../main/services/recovery/history-snapshots';
import { createEmptyProject } from '../../../../../shared/project/new-project';
import { DEMO, handlerSetup } from '../../../helpers/handler-setup';

describe('crash backups', () => {
  it('offers unsaved work newer than its file after a restart, restores it, and forgets it after a save', async () => {
    const first = handlerSetup();
    const file = path.join(first.dir, 'story.factdesk');
    copyFileSync(DEMO, file);
    utimesSync(file, new Date('2026-01-01'), new Date('2026-01-01'));
    first.handlers.allowOpening(file);
    const opened = await first.handlers.openProjectPath(file);
    if (!opened.ok) throw new Error(opened.message);
    const edited = { ...opened.project, article: { ...opened.project.article, title: 'Typed before the crash' } };
    const { key } = await first.handlers.writeBackup({
      path: file,
      name: 'story',
      session: opened.session,
      project: edited,
    });
    await first.handlers.closeProjectFile();

    // "Restart": new handlers, same user-data folder.
    if (key === null) throw new Error('the backup was not written');
    const second = handlerSetup({ userDataDir: first.deps.userDataDir });
    const offered = await second.handlers.listRecoverableBackups();
    expect(offered).toEqual([
      {
        key,
        path: file,
        name: 'story',
        writtenAt: expect.any(String),
        fileSavedAt: '2026-01-01T00:00:00.000Z',
        claimCount: 5,
      },
    ]);
    const restored = await second.handlers.restoreBackup(key);
    expect(restored.ok && restored.project.article.title).toBe('Typed before the crash');
    expect(restored.ok && restored.notice).toMatch(/^Restored unsaved work from .+\. Save to keep it\.$/);
    if (!restored.ok) return;
    expect(
      (
        await second.handlers.saveProject({
          path: file,
          session: restored.session,
          project: restored.project,
          suggestedName: 'story',
        })
      ).ok,
    ).toBe(true);
    expect(await second.handlers.listRecoverableBackups()).toEqual([]);
    expect(readdirSync(path.join(first.deps.userDataDir, 'backups'))).toEqual([]);
    await second.handlers.closeProjectFile();
  });

  it('does not offer a backup older than the saved file, and discard removes it', async () => {
    const { handlers, dir } = handlerSetup();
    const file = path.join(dir, 'story.factdesk');
    copyFileSync(DEMO, file);
    const project = projectView(createEmptyProject(new Date()));
    const unsaved = await handlers.writeBackup({ path: null, name: 'Untitled project', session: 'new', project });
    const older = await handlers.writeBackup({ path: file, name: 'story', session: 'new', project });
    if (unsaved.key === null || older.key === null) throw new Error('a backup was not written');
    utimesSync(file, new Date(Date.now() + 60_000), new Date(Date.now() + 60_000));
    expect((await handlers.listRecoverableBackups()).map((b) => b.key)).toEqual([unsaved.key]);
    await handlers.discardBackup(unsaved.key);
    await handlers.discardBackup(older.key);
    expect(await handlers.listRecoverableBackups()).toEqual([]);
    // Discarded work still sits in history for a week.
    expect((await handlers.listHistory(project.id)).length).toBeGreaterThan(0);
  });
});

describe('history snapshots', () => {
  it('are at least five minutes apart, listed newest first with claim counts, and expire after seven days', async () => {
    const { dir } = handlerSetup();
    const history = new HistorySnapshots(path.join(dir, 'history'));
    const project = createEmptyProject(new Date());
    const t0 = new Date('2026-11-01T08:00:00Z');
    const at = (ms: number) => new Date(t0.getTime() + ms);
    expect(await history.maybeTake(project, t0)).toBe(true);
    expect(await history.maybeTake(project, at(HISTORY_MIN_GAP_MS - 1000))).toBe(false);
    expect(await history.maybeTake({ ...project, claims: [] }, at(HISTORY_MIN_GAP_MS))).toBe(true);
    const listed = await history.list(project.id);
    expect(listed.map((s) => s.takenAt)).toEqual([at(HISTORY_MIN_GAP_MS).toISOString(), t0.toISOString()]);
    expect(listed[0].claimCount).toBe(0);
    expect((await history.read(project.id, listed[1].id))?.id).toBe(project.id);
    expect(await history.read(project.id, '../../settings.json')).toBeNull();
    await history.maybeTake(project, at(HISTORY_KEEP_MS + HISTORY_MIN_GAP_MS + 1));
    expect((await history.list(project.id)).map((s) => s.takenAt)).toEqual([
      at(HISTORY_KEEP_MS + HISTORY_MIN_GAP_MS + 1).toISOString(),
    ]);
  });

  it('are taken when a project is saved', async () => {
    const { handlers, dir } = handlerSetup();
    const project = projectView(createEmptyProject(new Date()));
    expect(await handlers.saveProjectAs({ path: null, session: 'new', project, suggestedName: 'a' })).toMatchObject({
      ok: true,
      path: path.join(dir, 'chosen.factdesk'),
    });
    expect((await handlers.listHistory(project.id)).map((s) => s.claimCount)).toEqual([0]);
    expect(existsSync(path.join(dir, 'user', 'history'))).toBe(true);
    await handlers.closeProjectFile();
  });

  it('are taken once when two ask at the same moment (a save and a crash backup landing together)', async () => {
    const { dir } = handlerSetup();
    const history = new HistorySnapshots(path.join(dir, 'history'));
    const project = createEmptyProject(new Date());
    const t0 = new Date('2026-11-01T08:00:00Z');
    const taken = await Promise.all([
      history.maybeTake(project, t0),
      history.maybeTake(project, new Date(t0.getTime() + 5)),
    ]);
    expect(taken).toEqual([true, false]);
    expect(await history.list(project.id)).toHaveLength(1);
  });
});
