import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseProjectText, serializeProject } from '../../../../shared/project/project-file';
import type { OpenResult } from '../../../../shared/api';
import { ProjectSession } from '../../../../main/project/project-session';
import { JsonSettingsStore } from '../../../../main/services/settings/json-settings-store';
import { DEMO } from '../../helpers/handler-setup';

/**
 * The project session's states (main/project/file-state.ts): no-file, open,
 * read-only, moved by open, save, save as, reload, merge and close. Each
 * transition is checked by the state the session reports and by the bytes on disk.
 */

const sessions: ProjectSession[] = [];
const folders: string[] = [];
afterEach(async () => {
  for (const session of sessions.splice(0)) await session.close();
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function folder() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'factdesk-session-'));
  folders.push(dir);
  return dir;
}

/** A session as one window has it; `saveAnswer` is what its Save dialog answers. */
function newSession(dir: string, saveAnswer: string | null = null) {
  const outsideChanges: string[] = [];
  const session = new ProjectSession({
    clock: () => new Date(),
    settings: new JsonSettingsStore(path.join(dir, 'user', 'settings.json')),
    userDataDir: path.join(dir, 'user'),
    chooseSavePath: async () => saveAnswer,
    onOutsideChange: (changed) => outsideChanges.push(changed),
    watchIntervalMs: 1_000_000,
  });
  sessions.push(session);
  return session;
}

function copyOfDemo(dir: string, name = 'story.factdesk') {
  const file = path.join(dir, name);
  copyFileSync(DEMO, file);
  return file;
}

function opened(result: OpenResult) {
  if (!result.ok) throw new Error(result.message);
  return result;
}

/** The window's save request: its project with a new headline. */
function saveRequest(result: ReturnType<typeof opened>, title: string, filePath: string | null = result.path) {
  return {
    path: filePath,
    session: result.session,
    project: { ...result.project, article: { ...result.project.article, title } },
    suggestedName: 'story',
  };
}

function titleOnDisk(file: string): string {
  return JSON.parse(readFileSync(file, 'utf8')).article.title;
}

/** A colleague's Factdesk saves the same file with another headline. */
function colleagueSaves(file: string, title: string) {
  const current = parseProjectText(readFileSync(file, 'utf8'));
  if (!current.ok) throw new Error(current.problem);
  writeFileSync(file, serializeProject({ ...current.project, article: { ...current.project.article, title } }));
}

describe('the project session', () => {
  it('starts with no file and opens one as open, holding its lock', async () => {
    const dir = folder();
    const file = copyOfDemo(dir);
    const session = newSession(dir);
    expect(session.fileState).toBe('no-file');
    expect(session.filePath).toBeNull();
    const result = opened(await session.open(file));
    expect(session.fileState).toBe('open');
    expect(session.filePath).toBe(file);
    expect(result.readOnly).toBeNull();
    expect(await session.save(saveRequest(result, 'Saved in the open state'))).toMatchObject({ ok: true, path: file });
    expect(titleOnDisk(file)).toBe('Saved in the open state');
  });

  it('opens a file another window holds as read-only; a save there is refused and the file keeps its bytes', async () => {
    const dir = folder();
    const file = copyOfDemo(dir);
    opened(await newSession(dir).open(file));
    const second = newSession(dir);
    const result = opened(await second.open(file));
    expect(second.fileState).toBe('read-only');
    expect(result.readOnly).toMatch(/open in another Factdesk window/);
    const before = readFileSync(file);
    const saved = await second.save(saveRequest(result, 'Not mine to write'));
    expect(saved).toMatchObject({ ok: false, message: expect.stringMatching(/read-only here/) });
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('moves from read-only to open at the path chosen with Save As', async () => {
    const dir = folder();
    const file = copyOfDemo(dir);
    opened(await newSession(dir).open(file));
    const second = newSession(dir, path.join(dir, 'my-copy'));
    const result = opened(await second.open(file));
    expect(second.fileState).toBe('read-only');
    expect(await second.saveAs(saveRequest(result, 'My copy'))).toMatchObject({
      ok: true,
      path: path.join(dir, 'my-copy.factdesk'),
    });
    expect(second.fileState).toBe('open');
    expect(second.filePath).toBe(path.join(dir, 'my-copy.factdesk'));
    expect(await second.save(saveRequest(result, 'My copy, again', second.filePath))).toMatchObject({ ok: true });
    expect(titleOnDisk(path.join(dir, 'my-copy.factdesk'))).toBe('My copy, again');
  });

  it('stops a save over someone else’s change as a conflict; after a merge the save goes through', async () => {
    const dir = folder();
    const file = copyOfDemo(dir);
    const session = newSession(dir);
    const result = opened(await session.open(file));
    colleagueSaves(file, 'Their headline');
    expect(await session.save(saveRequest(result, 'My headline'))).toMatchObject({
      ok: false,
      conflict: true,
      path: file,
    });
    expect(titleOnDisk(file)).toBe('Their headline');
    const merged = await session.mergeWithDisk(result.session, saveRequest(result, 'My headline').project);
    expect(merged.ok).toBe(true);
    expect(session.fileState).toBe('open');
    expect(await session.save(saveRequest(result, 'My headline after the merge'))).toMatchObject({ ok: true });
    expect(titleOnDisk(file)).toBe('My headline after the merge');
  });

  it('accepts a reload only for the reload it handed out; then the save is no conflict', async () => {
    const dir = folder();
    const file = copyOfDemo(dir);
    const session = newSession(dir);
    const result = opened(await session.open(file));
    colleagueSaves(file, 'Their headline');
    const reload = await session.reloadFromDisk();
    if (!reload.ok) throw new Error(reload.message);
    expect(reload.project.article.title).toBe('Their headline');
    expect(await session.acceptReload('a token main never handed out')).toBe(false);
    expect(await session.save(saveRequest(result, 'Mine'))).toMatchObject({ ok: false, conflict: true });
    const again = await session.reloadFromDisk();
    if (!again.ok) throw new Error(again.message);
    expect(await session.acceptReload(again.session)).toBe(true);
    const saved = await session.save({ ...saveRequest(result, 'Mine, on top of theirs'), session: again.session });
    expect(saved).toMatchObject({ ok: true });
    expect(titleOnDisk(file)).toBe('Mine, on top of theirs');
  });

  it('goes back to no file when closed, releasing the lock for the next window', async () => {
    const dir = folder();
    const file = copyOfDemo(dir);
    const first = newSession(dir);
    opened(await first.open(file));
    await first.close();
    expect(first.fileState).toBe('no-file');
    expect(first.filePath).toBeNull();
    const next = newSession(dir);
    opened(await next.open(file));
    expect(next.fileState).toBe('open');
  });

  it('has no file for the demo: its Save asks where, and never writes the bundled file', async () => {
    const dir = folder();
    const file = copyOfDemo(dir);
    const session = newSession(dir, path.join(dir, 'from-demo.factdesk'));
    opened(await session.open(file));
    const demoBytes = readFileSync(DEMO);
    const demo = opened(await session.openDemo(DEMO));
    expect(session.fileState).toBe('no-file');
    expect(demo.path).toBeNull();
    expect(await session.save(saveRequest(demo, 'From the demo'))).toMatchObject({
      ok: true,
      path: path.join(dir, 'from-demo.factdesk'),
    });
    expect(session.fileState).toBe('open');
    expect(titleOnDisk(path.join(dir, 'from-demo.factdesk'))).toBe('From the demo');
    expect(readFileSync(DEMO).equals(demoBytes)).toBe(true);
  });

  it('saves only to the open file or a path chosen in this session', async () => {
    const dir = folder();
    const file = copyOfDemo(dir);
    const session = newSession(dir);
    const result = opened(await session.open(file));
    const elsewhere = path.join(dir, 'elsewhere.factdesk');
    const saved = await session.save(saveRequest(result, 'Somewhere else', elsewhere));
    expect(saved).toMatchObject({ ok: false, message: expect.stringMatching(/saves only to the project it has open/) });
    expect(existsSync(elsewhere)).toBe(false);
    expect(session.filePath).toBe(file);
  });
});
