import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseProjectText, serializeProject } from '../../../../shared/project/project-file';
import { INTERNAL, loadProject, NEWSROOM_PROJECT } from '../../shared/report/fixture';
import { renderReport } from '../../../../shared/report/render';

const CLI = path.resolve(__dirname, '../../../../dist/cli/factdesk.js');
const run = (args: string[]) =>
  spawnSync(process.execPath, [CLI, 'import-annotations', ...args], { encoding: 'utf8', timeout: 60_000 });

describe('factdesk import-annotations (the built CLI)', { timeout: 30_000 }, () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'factdesk-import-'));
  const project = loadProject(NEWSROOM_PROJECT);
  const annotations = path.join(dir, 'newsroom.annotations.jsonld');
  writeFileSync(annotations, renderReport(project, 'annotations', INTERNAL));
  // The same article with its claims gone: the collection brings them back.
  const bare = path.join(dir, 'bare.factdesk');
  writeFileSync(bare, serializeProject({ ...project, claims: [], evidence: [], nextClaimNumber: 1 }));

  it('writes the project with the claims back, saying what it added and what it could not place; exit 0', () => {
    const out = path.join(dir, 'restored.factdesk');
    const result = run([bare, annotations, '-o', out]);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe(
      `factdesk import-annotations: Claim 10: its quote is not in this article; it was kept without a highlight.\nAdded 9 claims (1, 2, 3, 4, 5, 7, 8, 9, 10); wrote ${out}\n`,
    );
    const parsed = parseProjectText(readFileSync(out, 'utf8'));
    if (!parsed.ok) throw new Error(parsed.problem);
    expect(parsed.project.claims.map((claim) => claim.number).sort((a, b) => a - b)).toEqual([
      1, 2, 3, 4, 5, 7, 8, 9, 10,
    ]);
    expect(parsed.project.evidence).toHaveLength(5);
  });

  it('exit 2 with usage for missing arguments or writing over the project read; exit 1 for a file that is not a collection', () => {
    expect(run([bare, annotations]).status).toBe(2);
    const same = run([bare, annotations, '-o', bare]);
    expect(same.status).toBe(2);
    expect(same.stderr).toContain('the project read is never changed');
    const notJson = path.join(dir, 'x.jsonld');
    writeFileSync(notJson, '{"type": "Nothing"}');
    const wrong = run([bare, notJson, '-o', path.join(dir, 'never.factdesk')]);
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toContain('This is not a Web Annotation collection');
    expect(existsSync(path.join(dir, 'never.factdesk'))).toBe(false);
  });
});
