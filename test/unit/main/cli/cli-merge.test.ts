import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { alignedState, withChecksum } from '../../../../main/project-doc/document-state';
import { plainTextOf } from '../../../../shared/article/plain-text';
import { parseProjectText, serializeProject } from '../../../../shared/project/project-file';
import type { Project } from '../../../../shared/project/schema';

/** `factdesk merge A B -o C` (the built CLI): issue 18 item 4. */

const ROOT = path.resolve(__dirname, '../../../..');
const CLI = path.join(ROOT, 'dist', 'cli', 'factdesk.js');
const DEMO_TEXT = readFileSync(path.join(ROOT, 'demo', 'city-water-demo.factdesk'), 'utf8');

const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });

function demo(): Project {
  const parsed = parseProjectText(DEMO_TEXT);
  if (!parsed.ok) throw new Error(parsed.problem);
  return parsed.project;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a project file edited as loose JSON, as a person edits it by hand
type Json = Record<string, any>;

/** A copy saved by Factdesk after `change` (with its document state), or as a version-2-era file without one. */
function writeCopy(
  dir: string,
  name: string,
  base: Project,
  change: (project: Json) => void,
  withState = true,
): string {
  const copy = structuredClone(base) as Json;
  change(copy);
  const file = path.join(dir, name);
  writeFileSync(file, serializeProject(withState ? withChecksum(alignedState(copy as Project)) : (copy as Project)));
  return file;
}

function retitleParagraph(words: string, by: string) {
  return (project: Json) => {
    const visit = (node: Json): boolean => {
      if (node.type === 'text' && node.text.includes(words)) return ((node.text = node.text.replace(words, by)), true);
      return (node.children ?? []).some(visit);
    };
    if (!visit(project.article.body.root)) throw new Error(words);
  };
}

describe('factdesk merge (the built CLI)', () => {
  it('merges two copies saved by Factdesk, keeping both article edits, and writes a valid project', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'factdesk-merge-'));
    const base = alignedState(demo());
    const a = writeCopy(
      dir,
      'kim.factdesk',
      base,
      retitleParagraph('Households in Port Calder', 'Most households in Port Calder'),
    );
    const b = writeCopy(
      dir,
      'lee.factdesk',
      base,
      retitleParagraph('on Tuesday night.', 'on Tuesday night, by seven votes to four.'),
    );
    const out = path.join(dir, 'merged.factdesk');
    const result = run('merge', a, b, '-o', out);
    expect(result.stderr).toContain(`Merged kim.factdesk and lee.factdesk into ${out}`);
    expect(result.status).toBe(0);
    const parsed = parseProjectText(readFileSync(out, 'utf8'));
    if (!parsed.ok) throw new Error(parsed.problem);
    expect(plainTextOf(parsed.project.article.body).text).toContain(
      'Most households in Port Calder will pay more for water from April after the city council approved a rate increase on Tuesday night, by seven votes to four.',
    );
    expect(parsed.project.yjs?.checksum).toMatch(/^[0-9a-f]{64}$/);
    expect(run('validate', out).status).toBe(0);
  });

  it('prints what needs a look: both verdicts set at once are kept', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'factdesk-merge-'));
    const base = alignedState(demo());
    const rate = (verdict: string, by: string) => (project: Json) =>
      Object.assign(
        project.claims.find((claim: Json) => claim.id === 'clm_leak'),
        { verdict, verdictBy: by },
      );
    const a = writeCopy(dir, 'kim.factdesk', base, rate('false', 'Kim'));
    const b = writeCopy(dir, 'lee.factdesk', base, rate('accurate', 'Lee'));
    const out = path.join(dir, 'merged.factdesk');
    const result = run('merge', a, b, '-o', out);
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/Two verdicts or review decisions were set at once for claim 3 .*both are kept/);
    const claim = JSON.parse(readFileSync(out, 'utf8')).claims.find((c: Json) => c.id === 'clm_leak');
    expect(claim.verdictConflict.map((entry: Json) => entry.value).sort()).toEqual(['accurate', 'false']);
  });

  it('refuses copies of different projects, writing nothing', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'factdesk-merge-'));
    const a = writeCopy(dir, 'one.factdesk', alignedState(demo()), () => undefined);
    const b = writeCopy(dir, 'two.factdesk', alignedState({ ...demo(), id: 'prj_another_story' }), () => undefined);
    const out = path.join(dir, 'merged.factdesk');
    const result = run('merge', a, b, '-o', out);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('‘one.factdesk’ and ‘two.factdesk’ are not copies of one project');
    expect(existsSync(out)).toBe(false);
  });

  it('refuses old copies without a shared history whose articles differ, rather than drop one side’s edits', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'factdesk-merge-'));
    const a = writeCopy(dir, 'kim.factdesk', demo(), retitleParagraph('Households', 'Homes'), false);
    const b = writeCopy(dir, 'lee.factdesk', demo(), retitleParagraph('Tuesday', 'Monday'), false);
    const out = path.join(dir, 'merged.factdesk');
    const result = run('merge', a, b, '-o', out);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/share no history .*Their articles differ, so nothing was merged/);
    expect(existsSync(out)).toBe(false);
  });

  it('merges old copies without a shared history by ids when their articles agree', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'factdesk-merge-'));
    const note = (text: string) => (project: Json) => (project.claims[0].note = text);
    const a = writeCopy(dir, 'kim.factdesk', demo(), (p) => note('Kim’s note')(p), false);
    const b = writeCopy(
      dir,
      'lee.factdesk',
      demo(),
      (p) => p.sources.push({ ...p.sources[0], id: 'src_new', title: 'A new source' }),
      false,
    );
    const out = path.join(dir, 'merged.factdesk');
    expect(run('merge', a, b, '-o', out).status).toBe(0);
    const merged = JSON.parse(readFileSync(out, 'utf8'));
    expect(merged.claims[0].note).toBe('Kim’s note');
    expect(merged.sources.map((s: Json) => s.id)).toContain('src_new');
  });

  it('explains its usage and never writes over a copy it reads', () => {
    expect(run('merge', 'a.factdesk').status).toBe(2);
    const result = run('merge', 'a.factdesk', 'b.factdesk', '-o', 'a.factdesk');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('the copies read are never changed');
  });
});
