import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { HistorySnapshots } from '../../../../../main/services/recovery/history-snapshots';
import { JsonSettingsStore } from '../../../../../main/services/settings/json-settings-store';
import { saveProjectFile } from '../../../../../main/services/project-file/project-io';
import { RecoveryBackups } from '../../../../../main/services/recovery/recovery-backups';
import { serializeProject } from '../../../../../shared/project/project-file';
import { projectView } from '../../../../../shared/sources/source-summary';
import { growingProject } from '../../../helpers/growing-project';
import { handlerSetup } from '../../../helpers/handler-setup';
import { mountSmallDisk, type SmallDisk } from '../../../helpers/small-disk';
import { NEWSROOM_PROJECT } from '../../../shared/report/fixture';

/**
 * A real 64 KB disk: every write path runs out of room part-way. Nothing may
 * claim success, the old file and its .bak must keep their bytes, no temp
 * file may be left, and the user is told how full the disk is.
 */

const CLI = path.resolve(__dirname, '../../../../../dist/cli/factdesk.js');
const DISK_FULL = /^Nothing was saved: the disk is full \(\d+(\.\d)? MB free\)/;
/** About 250 KB of project: four times the disk. */
const BIG = growingProject(300);

const mounted = mountSmallDisk(64);
const disk = 'dir' in mounted ? mounted : null;
if (!disk) console.info(`full-disk tests skipped: ${'reason' in mounted ? mounted.reason : ''}`);

let folder = 0;
/** A fresh folder on the small disk, emptied of earlier tests' files so each starts with the same room. */
function freshFolder(d: SmallDisk): string {
  for (const name of readdirSync(d.dir)) spawnSync('rm', ['-rf', path.join(d.dir, name)]);
  const dir = path.join(d.dir, `case-${(folder += 1)}`);
  spawnSync('mkdir', [dir]);
  return dir;
}

function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((name) => [name, readFileSync(path.join(dir, name), 'latin1')]),
  );
}

afterAll(() => disk?.unmount());

describe.skipIf(!disk)('on a nearly full disk (a real 64 KB tmpfs)', () => {
  let dir: string;
  let file: string;
  async function projectWithBackup(): Promise<void> {
    dir = freshFolder(disk!);
    file = path.join(dir, 'story.factdesk');
    await saveProjectFile(file, growingProject(0));
    await saveProjectFile(file, growingProject(1));
  }

  it('a save is refused with the free space named; the project and its .bak keep their bytes; no temp is left', async () => {
    await projectWithBackup();
    const { handlers, answers } = handlerSetup();
    answers.open = file;
    const opened = await handlers.openProjectDialog();
    if (!opened?.ok) throw new Error('could not open the project');
    const before = snapshot(dir);
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const result = await handlers.saveProject({
        path: file,
        session: opened.session,
        project: projectView(BIG),
        suggestedName: 'story',
      });
      expect(result.ok).toBe(false);
      expect(!result.ok && 'message' in result && result.message).toMatch(DISK_FULL);
      expect(snapshot(dir)).toEqual(before);
    }
    expect(readFileSync(file, 'utf8')).toBe(serializeProject(growingProject(1)));
    expect(readFileSync(`${file}.bak`, 'utf8')).toBe(serializeProject(growingProject(0)));
    await handlers.closeProjectFile();
  });

  it('saveProjectFile rejects with ENOSPC and leaves nothing behind', async () => {
    await projectWithBackup();
    const before = snapshot(dir);
    await expect(saveProjectFile(file, BIG)).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(snapshot(dir)).toEqual(before);
  });

  it('factdesk export -o fails with the free space named, exit 1, and writes no report', () => {
    dir = freshFolder(disk!);
    writeFileSync(path.join(dir, 'filler'), Buffer.alloc(56 * 1024));
    const result = spawnSync(
      process.execPath,
      [CLI, 'export', NEWSROOM_PROJECT, '--format', 'html', '-o', path.join(dir, 'report.html')],
      { encoding: 'utf8', timeout: 60_000 },
    );
    expect(result.stderr).toMatch(/^factdesk export: Nothing was saved: the disk is full \(\d+(\.\d)? MB free\)/);
    expect(result.status).toBe(1);
    expect(readdirSync(dir)).toEqual(['filler']);
  });

  it('a crash backup that does not fit leaves the earlier backup whole', async () => {
    dir = freshFolder(disk!);
    const backups = new RecoveryBackups(dir);
    const key = await backups.write(
      { path: null, name: 'story', project: growingProject(1) },
      new Date('2026-03-01T10:00:00Z'),
    );
    const before = snapshot(dir);
    await expect(
      backups.write({ path: null, name: 'story', project: BIG }, new Date('2026-03-01T10:01:00Z')),
    ).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(snapshot(dir)).toEqual(before);
    expect((await backups.read(key))?.project).toEqual(growingProject(1));
  });

  it('the window is told when a crash backup does not fit', async () => {
    dir = freshFolder(disk!);
    const { handlers } = handlerSetup({ userDataDir: dir });
    const result = await handlers.writeBackup({ path: null, name: 'story', session: 'new', project: projectView(BIG) });
    expect(result).toEqual({
      key: null,
      problem: expect.stringMatching(
        /^The crash backup of your unsaved changes could not be written\. Nothing was saved: the disk is full \(\d+(\.\d)? MB free\)\. Save your work where there is room\.$/,
      ),
    });
    expect(readdirSync(path.join(dir, 'backups'))).toEqual([]);
  });

  it('a history snapshot that does not fit is not left half-written', async () => {
    dir = freshFolder(disk!);
    const history = new HistorySnapshots(dir);
    await history.take(growingProject(1), new Date('2026-03-01T10:00:00Z'));
    await expect(history.take(BIG, new Date('2026-03-01T11:00:00Z'))).rejects.toMatchObject({ code: 'ENOSPC' });
    const listed = await history.list(BIG.id);
    expect(listed.map((entry) => entry.title)).toEqual(['Version 1']);
    expect(readdirSync(path.join(dir, readdirSync(dir)[0]))).toHaveLength(1);
  });

  it('settings that do not fit keep the old settings file whole', () => {
    dir = freshFolder(disk!);
    const settingsFile = path.join(dir, 'settings.json');
    const store = new JsonSettingsStore(settingsFile);
    store.set('recentProjects', [
      { path: '/news/story.factdesk', name: 'story', openedAt: '2026-03-01T10:00:00.000Z' },
    ]);
    const before = snapshot(dir);
    const many = Array.from({ length: 2000 }, (_, i) => ({
      path: `/news/story-${i}.factdesk`,
      name: `story ${i}`,
      openedAt: '2026-03-01T10:00:00.000Z',
    }));
    expect(() => store.set('recentProjects', many)).toThrow(DISK_FULL);
    expect(snapshot(dir)).toEqual(before);
    expect(new JsonSettingsStore(settingsFile).get('recentProjects')).toHaveLength(1);
  });
});
