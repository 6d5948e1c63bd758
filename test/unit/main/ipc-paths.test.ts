import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatchCall } from '../../../main/dispatch';
import { createEmptyProject } from '../../../shared/project/new-project';
import { projectView } from '../../../shared/sources/source-summary';
import type { OpenResult, SaveResult } from '../../../shared/api';
import { DEMO, handlerSetup } from '../helpers/handler-setup';

/**
 * The window names paths; main decides. A save goes only to the open file or
 * to a place the user chose in a Save dialog this session; opening by path is
 * for the recent projects list, and a path outside it is refused without
 * touching the disk (no lock, no clean-up, nothing learned about the path).
 */

const opened: ReturnType<typeof handlerSetup>[] = [];
afterEach(async () => {
  for (const setup of opened.splice(0)) await setup.handlers.closeProjectFile();
});

function setup() {
  const made = handlerSetup();
  opened.push(made);
  return made;
}

const view = () => projectView(createEmptyProject(new Date('2026-03-01T09:00:00Z')));
const call = <T>(handlers: ReturnType<typeof setup>['handlers'], method: string, ...args: unknown[]) =>
  dispatchCall(handlers, method, args) as Promise<T>;

function listing(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((name) => [name, readFileSync(path.join(dir, name), 'latin1')]),
  );
}

describe('saveProject over IPC', () => {
  it('refuses a path that is neither the open file nor chosen in a Save dialog (a dotfile, say), and writes nothing', async () => {
    const { handlers, dir } = setup();
    const home = path.join(dir, 'home');
    mkdirSync(home);
    writeFileSync(path.join(home, '.bashrc'), 'export PATH=$HOME/bin:$PATH\n');
    const before = listing(home);
    const result = await call<SaveResult>(handlers, 'saveProject', {
      path: path.join(home, '.bashrc'),
      session: 'new',
      project: view(),
      suggestedName: 'x',
    });
    expect(result).toEqual({
      ok: false,
      message:
        'Nothing was saved: Factdesk saves only to the project it has open, or to a place you choose with Save As.',
    });
    expect(listing(home)).toEqual(before);
  });

  it('writes to the open file, and to a file chosen with Save As earlier in this session', async () => {
    const { handlers, dir, answers } = setup();
    answers.save = path.join(dir, 'copy');
    const savedAs = await call<SaveResult>(handlers, 'saveProjectAs', {
      path: null,
      session: 'new',
      project: view(),
      suggestedName: 'copy',
    });
    expect(savedAs).toMatchObject({ ok: true, path: path.join(dir, 'copy.factdesk') });
    const file = path.join(dir, 'story.factdesk');
    copyFileSync(DEMO, file);
    answers.open = file;
    const story = (await call<OpenResult>(handlers, 'openProjectDialog')) as Extract<OpenResult, { ok: true }>;
    expect(
      await call<SaveResult>(handlers, 'saveProject', {
        path: file,
        session: story.session,
        project: story.project,
        suggestedName: 'story',
      }),
    ).toMatchObject({ ok: true });
    expect(
      await call<SaveResult>(handlers, 'saveProject', {
        path: path.join(dir, 'copy.factdesk'),
        session: 'new',
        project: view(),
        suggestedName: 'copy',
      }),
    ).toMatchObject({ ok: true });
    expect(
      await call<SaveResult>(handlers, 'saveProject', {
        path: path.join(dir, 'other.factdesk'),
        session: 'new',
        project: view(),
        suggestedName: 'other',
      }),
    ).toMatchObject({ ok: false });
    expect(existsSync(path.join(dir, 'other.factdesk'))).toBe(false);
  });
});

describe('openProjectPath over IPC', () => {
  /** A folder holding a real project, an old temp of ours, and a file of the user's. */
  function elsewhere(dir: string): string {
    const folder = path.join(dir, 'elsewhere');
    mkdirSync(folder);
    copyFileSync(DEMO, path.join(folder, 'story.factdesk'));
    const temp = path.join(folder, 'story.factdesk.0123456789abcdef.factdesk-tmp');
    writeFileSync(temp, 'left by a killed save');
    utimesSync(temp, new Date('2020-01-01'), new Date('2020-01-01'));
    writeFileSync(path.join(folder, 'secrets.txt'), 'not JSON at all');
    return folder;
  }

  it('refuses a path outside the recent projects, with no lock, no clean-up and the same words whatever the path is', async () => {
    const { handlers, dir } = setup();
    const folder = elsewhere(dir);
    const before = listing(folder);
    const tried = [
      path.join(folder, 'story.factdesk'),
      path.join(folder, 'secrets.txt'),
      path.join(folder, 'missing.factdesk'),
      folder,
    ];
    const messages = [];
    for (const target of tried) {
      const result = await call<OpenResult>(handlers, 'openProjectPath', target);
      expect(result.ok).toBe(false);
      messages.push(!result.ok && result.message.replace(path.basename(target), 'NAME'));
    }
    expect(new Set(messages)).toEqual(new Set(['‘NAME’ is not in your recent projects. Use File → Open… to open it.']));
    expect(listing(folder)).toEqual(before);
  });

  it('opens a recent project', async () => {
    const { handlers, dir, answers } = setup();
    const folder = elsewhere(dir);
    answers.open = path.join(folder, 'story.factdesk');
    expect((await call<OpenResult>(handlers, 'openProjectDialog')).ok).toBe(true);
    await call(handlers, 'closeProjectFile');
    const again = await call<OpenResult>(handlers, 'openProjectPath', path.join(folder, 'story.factdesk'));
    expect(again.ok).toBe(true);
  });
});

describe('writeBackup over IPC', () => {
  it('records a path only when it is the open file, so restoring never opens (or locks) a path the window made up', async () => {
    const { handlers, dir } = setup();
    const folder = path.join(dir, 'elsewhere');
    mkdirSync(folder);
    copyFileSync(DEMO, path.join(folder, 'story.factdesk'));
    const written = await call<{ key: string | null }>(handlers, 'writeBackup', {
      path: path.join(folder, 'story.factdesk'),
      name: 'story',
      session: 'new',
      project: view(),
    });
    const offered = await call<{ key: string; path: string | null }[]>(handlers, 'listRecoverableBackups');
    expect(offered).toEqual([expect.objectContaining({ key: written.key, path: null })]);
    const restored = await call<OpenResult>(handlers, 'restoreBackup', written.key);
    expect(restored).toMatchObject({ ok: true, path: null });
    expect(readdirSync(folder)).toEqual(['story.factdesk']);
  });
});
