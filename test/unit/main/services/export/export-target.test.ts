import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createExportHandlers } from '../../../../../main/services/export/export-handlers';
import { DEFAULT_REPORT_OPTIONS } from '../../../../../shared/report/options';
import { projectView, withSourceTexts } from '../../../../../shared/sources/source-summary';
import { loadProject, NEWSROOM_PROJECT } from '../../../shared/report/fixture';

/**
 * A report is never written over a project: not the one exported (however
 * its path is spelled: `sub/../P`, a symlink, a hard link), not its .bak,
 * not any other .factdesk file. Refused with a message, nothing written.
 */

const CLI = path.resolve(__dirname, '../../../../../dist/cli/factdesk.js');

function folderWithProject() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'factdesk-target-'));
  const project = path.join(dir, 'story.factdesk');
  copyFileSync(NEWSROOM_PROJECT, project);
  copyFileSync(NEWSROOM_PROJECT, `${project}.bak`);
  copyFileSync(NEWSROOM_PROJECT, path.join(dir, 'other.factdesk'));
  mkdirSync(path.join(dir, 'sub'));
  symlinkSync(project, path.join(dir, 'link.html'));
  linkSync(project, path.join(dir, 'hard.html'));
  symlinkSync(dir, path.join(dir, 'sub', 'up'));
  symlinkSync(path.join(dir, 'other.factdesk'), path.join(dir, 'other-link.html'));
  symlinkSync(`${project}.bak`, path.join(dir, 'bak-link.html'));
  return { dir, project };
}

function contents(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir)
      .filter((name) => statSync(path.join(dir, name)).isFile())
      .map((name) => [name, readFileSync(path.join(dir, name), 'utf8')]),
  );
}

const TARGETS: [string, (dir: string) => string, RegExp][] = [
  ['the project itself', (dir) => path.join(dir, 'story.factdesk'), /‘story\.factdesk’ is the project being exported/],
  [
    'its .bak',
    (dir) => path.join(dir, 'story.factdesk.bak'),
    /‘story\.factdesk\.bak’ is the backup of the project being exported/,
  ],
  [
    'the project by sub/../',
    (dir) => `${dir}/sub/../story.factdesk`,
    /‘story\.factdesk’ is the project being exported/,
  ],
  [
    'the project through a linked folder',
    (dir) => path.join(dir, 'sub', 'up', 'story.factdesk'),
    /‘story\.factdesk’ is the project being exported/,
  ],
  ['another project', (dir) => path.join(dir, 'other.factdesk'), /‘other\.factdesk’ is a Factdesk project/],
  ['a project named in capitals', (dir) => path.join(dir, 'NEW.FACTDESK'), /‘NEW\.FACTDESK’ is a Factdesk project/],
  ['a symlink to the project', (dir) => path.join(dir, 'link.html'), /‘link\.html’ is the project being exported/],
  ['a hard link to the project', (dir) => path.join(dir, 'hard.html'), /‘hard\.html’ is the project being exported/],
  [
    'a symlink to another project',
    (dir) => path.join(dir, 'other-link.html'),
    /‘other-link\.html’ leads to the Factdesk project ‘other\.factdesk’/,
  ],
  [
    'a symlink to the .bak',
    (dir) => path.join(dir, 'bak-link.html'),
    /‘bak-link\.html’ is the backup of the project being exported/,
  ],
];

describe('factdesk export -o refuses to write over a project', { timeout: 30_000 }, () => {
  for (const [what, target, reason] of TARGETS) {
    it(`-o ${what}: refused, exit 1, nothing written`, () => {
      const { dir, project } = folderWithProject();
      const before = contents(dir);
      const result = spawnSync(process.execPath, [CLI, 'export', project, '--format', 'html', '-o', target(dir)], {
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(result.stderr).toMatch(reason);
      expect(result.stderr).toMatch(/^factdesk export: Nothing was saved: .+\. Choose another file with -o\.\n$/);
      expect(result.status).toBe(1);
      expect(contents(dir)).toEqual(before);
    });
  }

  it('still writes a report beside the project', () => {
    const { dir, project } = folderWithProject();
    const result = spawnSync(
      process.execPath,
      [CLI, 'export', project, '--format', 'md', '-o', path.join(dir, 'story.md')],
      { encoding: 'utf8', timeout: 60_000 },
    );
    expect(result.status).toBe(0);
    expect(readFileSync(path.join(dir, 'story.md'), 'utf8')).toContain('Ferry terminal');
  });
});

describe('the Export dialog refuses the same targets', () => {
  const project = loadProject(NEWSROOM_PROJECT);
  // The dialog adds the format's extension to a name without it, so only names ending in .html can reach a project.
  for (const [what, target, reason] of TARGETS.filter(([, target]) => target('/x').endsWith('.html'))) {
    it(`${what}: refused, nothing written`, async () => {
      const { dir, project: openFile } = folderWithProject();
      const before = contents(dir);
      const handlers = createExportHandlers({
        chooseExportPath: async () => target(dir),
        printToPdf: async () => new Uint8Array(),
        openPath: async () => '',
        projectFrom: (_session, view) =>
          withSourceTexts(view, (id) => project.sources.find((source) => source.id === id)?.text),
        openFilePath: () => openFile,
      });
      const result = await handlers.exportReport({
        session: 'open',
        project: projectView(project),
        format: 'html',
        options: DEFAULT_REPORT_OPTIONS,
        suggestedName: 'x',
      });
      expect(result).toEqual({ ok: false, message: expect.stringMatching(reason) });
      expect(!result.ok && 'message' in result && result.message).toMatch(
        /^Nothing was saved: .+\. Choose another name for the report\.$/,
      );
      expect(contents(dir)).toEqual(before);
    });
  }
});
