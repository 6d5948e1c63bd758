import {
  chmodSync,
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { tempPathFor } from '../../../../../main/services/disk/atomic-write';
import { loadProjectFile, saveProjectFile } from '../../../../../main/services/project-file/project-io';
import {
  isTempFileOf,
  removeStaleTempFiles,
  STALE_TEMP_AGE_MS,
} from '../../../../../main/services/disk/stale-temp-files';
import { createEmptyProject } from '../../../../../shared/project/new-project';
import { serializeProject } from '../../../../../shared/project/project-file';

const DEMO = path.resolve(__dirname, '../../../../../demo/city-water-demo.factdesk');
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'factdesk-io-'));
});

function expectUntouched(file: string, run: () => Promise<unknown>) {
  const bytes = readFileSync(file);
  const { mtimeMs } = statSync(file);
  return run().then(() => {
    expect(readFileSync(file).equals(bytes)).toBe(true);
    expect(statSync(file).mtimeMs).toBe(mtimeMs);
    expect(readdirSync(path.dirname(file))).toEqual([path.basename(file)]);
  });
}

describe('loadProjectFile', () => {
  it('opens the demo project', async () => {
    const result = await loadProjectFile(DEMO);
    expect(result.ok && result.project.article.outlet).toBe('The Harbour Ledger');
  });

  const badFiles: [string, string | Buffer, RegExp][] = [
    [
      'not JSON',
      'hello, world',
      /^The file ‘bad\.factdesk’ could not be opened: it is not valid JSON \(line 1, column 1: unexpected character “h” \(invalid symbol\)\)\.$/,
    ],
    [
      'truncated',
      readFileSync(DEMO, 'utf8').slice(0, 1000),
      /could not be opened: it is not valid JSON \(line \d+, column \d+: the file ends too early/,
    ],
    [
      'wrong format',
      '{"format":"something-else","version":1}',
      /could not be opened: it is not a Factdesk project \(“format” is "something-else"/,
    ],
    [
      'newer version',
      readFileSync(DEMO, 'utf8').replace('"version": 2', '"version": 3'),
      /made by a newer version of Factdesk \(file version 3/,
    ],
    [
      'schema failure',
      readFileSync(DEMO, 'utf8').replace('"status": "open"', '"status": "done"'),
      /does not match the Factdesk project format — claims\[0\]\.status/,
    ],
    ['empty', '', /could not be opened: it is empty\.$/],
    ['not UTF-8', Buffer.from([0x7b, 0xff, 0xfe, 0x7d]), /it is not a text file in UTF-8/],
  ];

  for (const [name, content, message] of badFiles) {
    it(`refuses a file that is ${name}, with a message naming it, and changes nothing on disk`, async () => {
      const file = path.join(dir, 'bad.factdesk');
      writeFileSync(file, content);
      await expectUntouched(file, async () => {
        const result = await loadProjectFile(file);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.message).toMatch(message);
      });
    });
  }

  it('says when the file does not exist or is a folder', async () => {
    const missing = await loadProjectFile(path.join(dir, 'missing.factdesk'));
    expect(!missing.ok && missing.message).toBe(
      'The file ‘missing.factdesk’ could not be opened: it does not exist (it may have been moved or deleted).',
    );
    mkdirSync(path.join(dir, 'folder.factdesk'));
    const folder = await loadProjectFile(path.join(dir, 'folder.factdesk'));
    expect(!folder.ok && folder.message).toMatch(/it is a folder, not a file/);
  });
});

describe('saveProjectFile', () => {
  it('writes the project and keeps the previous version as .bak, leaving no temp files', async () => {
    const file = path.join(dir, 'story.factdesk');
    const first = createEmptyProject(new Date('2026-01-01T00:00:00Z'));
    await saveProjectFile(file, first);
    expect(existsSync(`${file}.bak`)).toBe(false);
    const second = { ...first, article: { ...first.article, title: 'Second version' } };
    await saveProjectFile(file, second);
    expect(readFileSync(file, 'utf8')).toBe(serializeProject(second));
    expect(readFileSync(`${file}.bak`, 'utf8')).toBe(serializeProject(first));
    expect(readdirSync(dir).sort()).toEqual(['story.factdesk', 'story.factdesk.bak']);
  });

  it('leaves .bak holding the previous bytes on its own, so the next save or an edit in place cannot change it', async () => {
    const file = path.join(dir, 'story.factdesk');
    const versions = ['One', 'Two', 'Three'].map((title) => ({
      ...createEmptyProject(new Date('2026-01-01T00:00:00Z')),
      id: 'prj_same',
      article: { ...createEmptyProject(new Date()).article, title },
    }));
    for (const version of versions) await saveProjectFile(file, version);
    expect(statSync(file).ino).not.toBe(statSync(`${file}.bak`).ino);
    writeFileSync(file, 'edited in place by another program');
    expect(readFileSync(`${file}.bak`, 'utf8')).toBe(serializeProject(versions[1]));
  });

  it('copies the previous version where the drive refuses hard links', async () => {
    const file = path.join(dir, 'story.factdesk');
    const first = createEmptyProject(new Date('2026-01-01T00:00:00Z'));
    await saveProjectFile(file, first);
    const refuse = vi
      .spyOn(fs, 'link')
      .mockRejectedValue(Object.assign(new Error('links not supported'), { code: 'EPERM' }));
    try {
      await saveProjectFile(file, { ...first, article: { ...first.article, title: 'Second' } });
      expect(refuse).toHaveBeenCalled();
    } finally {
      refuse.mockRestore();
    }
    expect(readFileSync(`${file}.bak`, 'utf8')).toBe(serializeProject(first));
    expect(readdirSync(dir).sort()).toEqual(['story.factdesk', 'story.factdesk.bak']);
  });

  it('after a save killed between keeping .bak and writing, the next saves neither leave a temp nor write .bak in place', async () => {
    // The state that kill leaves: .bak and the project are the same file (one inode).
    const file = path.join(dir, 'story.factdesk');
    const versions = ['One', 'Two', 'Three'].map((title) => ({
      ...createEmptyProject(new Date('2026-01-01T00:00:00Z')),
      article: { ...createEmptyProject(new Date()).article, title },
    }));
    await saveProjectFile(file, versions[0]);
    linkSync(file, `${file}.bak`);
    const backupInode = statSync(`${file}.bak`).ino;
    await saveProjectFile(file, versions[1]);
    expect(readdirSync(dir).sort()).toEqual(['story.factdesk', 'story.factdesk.bak']);
    expect(readFileSync(`${file}.bak`, 'utf8')).toBe(serializeProject(versions[0]));
    await saveProjectFile(file, versions[2]);
    expect(readFileSync(`${file}.bak`, 'utf8')).toBe(serializeProject(versions[1]));
    // A copy written into the old .bak's own bytes would be seen half-written by a kill; a new file is not.
    expect(statSync(`${file}.bak`).ino).not.toBe(backupInode);
    expect(readdirSync(dir).sort()).toEqual(['story.factdesk', 'story.factdesk.bak']);
  });

  it('fails without touching the old file when the folder cannot be written', async () => {
    if (process.getuid?.() === 0) return; // root can write anywhere; the permission case cannot be shown as root
    const file = path.join(dir, 'locked.factdesk');
    await saveProjectFile(file, createEmptyProject(new Date()));
    chmodSync(dir, 0o500);
    try {
      await expect(saveProjectFile(file, createEmptyProject(new Date()))).rejects.toThrow();
    } finally {
      chmodSync(dir, 0o700);
    }
  });

  it('fails into a folder that does not exist', async () => {
    await expect(
      saveProjectFile(path.join(dir, 'nope', 'x.factdesk'), createEmptyProject(new Date())),
    ).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

describe('removeStaleTempFiles', () => {
  const old = () => Date.now() + STALE_TEMP_AGE_MS + 1000;

  it('removes only the temps our saves make (random part and marker), and only once they are old', async () => {
    const file = path.join(dir, 'story.factdesk');
    const ours = [
      'story.factdesk.0f3a9c2d4e5b6a71.factdesk-tmp',
      'story.factdesk.bak.9e8d7c6b5a493827.factdesk-tmp',
      'story.factdesk.lock.0123456789abcdef.factdesk-tmp',
      'story.factdesk.lock.takeover-0123456789abcdef',
    ];
    const names = [
      'story.factdesk',
      'story.factdesk.bak',
      ...ours,
      'story.factdesk.notes',
      'other.factdesk.0f3a9c2d4e5b6a71.factdesk-tmp',
      'story.factdesk.0F3A.factdesk-tmp',
    ];
    for (const name of names) writeFileSync(path.join(dir, name), 'x');
    expect(await removeStaleTempFiles(file)).toEqual([]);
    expect((await removeStaleTempFiles(file, old())).sort()).toEqual(ours.sort());
    expect(readdirSync(dir).sort()).toEqual(names.filter((name) => !ours.includes(name)).sort());
  });

  it('never removes the user’s own files that merely look numbered (story.factdesk.2, .1999, .20240101, .bak.1.tmp)', async () => {
    const file = path.join(dir, 'story.factdesk');
    const users = [
      'story.factdesk',
      'story.factdesk.2',
      'story.factdesk.1999',
      'story.factdesk.20240101',
      'story.factdesk.3482093412',
      'story.factdesk.bak.4411.tmp',
    ];
    for (const name of users) writeFileSync(path.join(dir, name), `the user’s ${name}`);
    expect(await removeStaleTempFiles(file, old())).toEqual([]);
    expect(readdirSync(dir).sort()).toEqual(users.sort());
    for (const name of users) expect(readFileSync(path.join(dir, name), 'utf8')).toBe(`the user’s ${name}`);
  });

  it('matches the temp names our atomic write really uses, for the project and its .bak', () => {
    const file = path.join(dir, 'story.factdesk');
    expect(isTempFileOf(file, path.basename(tempPathFor(file)))).toBe(true);
    expect(isTempFileOf(file, path.basename(tempPathFor(`${file}.bak`)))).toBe(true);
    expect(isTempFileOf(file, path.basename(tempPathFor(path.join(dir, 'other.factdesk'))))).toBe(false);
  });
});

describe('saving twice at once', () => {
  it('runs the saves one after another: the last one asked wins, and .bak holds the one before', async () => {
    const file = path.join(dir, 'story.factdesk');
    const versions = Array.from({ length: 8 }, (_, i) => ({
      ...createEmptyProject(new Date('2026-01-01T00:00:00Z')),
      id: 'prj_same',
      updatedAt: `v${i}`,
    }));
    await Promise.all(versions.map((version) => saveProjectFile(file, version)));
    expect(readFileSync(file, 'utf8')).toBe(serializeProject(versions[7]));
    expect(readFileSync(`${file}.bak`, 'utf8')).toBe(serializeProject(versions[6]));
  });
});

describe('a project reached through a symlink', () => {
  it('is saved into the file the link points to; the link stays a link and .bak is a real copy of the old version', async () => {
    const elsewhere = mkdtempSync(path.join(os.tmpdir(), 'factdesk-real-'));
    const real = path.join(elsewhere, 'real.factdesk');
    const link = path.join(dir, 'story.factdesk');
    const versions = ['One', 'Two', 'Three'].map((title) => ({
      ...createEmptyProject(new Date('2026-01-01T00:00:00Z')),
      id: 'prj_same',
      article: { ...createEmptyProject(new Date()).article, title },
    }));
    writeFileSync(real, serializeProject(versions[0]));
    symlinkSync(real, link);
    await saveProjectFile(link, versions[1]);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe(real);
    expect(readFileSync(real, 'utf8')).toBe(serializeProject(versions[1]));
    const backup = `${real}.bak`;
    expect(lstatSync(backup).isFile()).toBe(true);
    expect(readFileSync(backup, 'utf8')).toBe(serializeProject(versions[0]));
    await saveProjectFile(link, versions[2]);
    expect(readFileSync(backup, 'utf8')).toBe(serializeProject(versions[1]));
    expect(readFileSync(link, 'utf8')).toBe(serializeProject(versions[2]));
    // No second .bak beside the link that could be a link to the same file.
    expect(readdirSync(dir)).toEqual(['story.factdesk']);
    expect(readdirSync(elsewhere).sort()).toEqual(['real.factdesk', 'real.factdesk.bak']);
  });
});

describe('a read-only project file (0444)', () => {
  it('is not replaced: the save is refused with code EREADONLY and the file keeps its bytes and mode', async () => {
    const file = path.join(dir, 'story.factdesk');
    writeFileSync(file, serializeProject(createEmptyProject(new Date('2026-01-01T00:00:00Z'))));
    chmodSync(file, 0o444);
    const before = readFileSync(file);
    await expect(saveProjectFile(file, createEmptyProject(new Date()))).rejects.toMatchObject({ code: 'EREADONLY' });
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(statSync(file).mode & 0o777).toBe(0o444);
    expect(readdirSync(dir)).toEqual(['story.factdesk']);
  });
});
