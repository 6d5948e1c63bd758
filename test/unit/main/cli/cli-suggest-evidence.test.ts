import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importSourceFile } from '../../../../main/services/import/source-import';

const ROOT = path.resolve(__dirname, '../../../..');
const CLI = path.join(ROOT, 'dist', 'cli', 'factdesk.js');
const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'sources');
const files = ['reservoir-report.txt', 'water-article.html', 'annual-report.pdf', 'spending-memo.docx'].map((name) =>
  path.join(FIXTURES, name),
);

const run = (...args: string[]) =>
  spawnSync(process.execPath, [CLI, 'suggest', 'evidence', ...args], { encoding: 'utf8' });

// Each test spawns the CLI (up to four times): slow on a busy machine, so generous timeouts, as for the other CLI tests.
describe('factdesk suggest evidence (the built CLI)', { timeout: 30_000 }, () => {
  it('prints a JSON array of ranked passages with offsets into each file’s text', async () => {
    const result = run(
      '--claim',
      'Leakage dropped 9% once the leak detection program started',
      '--top',
      '3',
      '--json',
      ...files,
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const suggestions = JSON.parse(result.stdout) as {
      source: string;
      start: number;
      end: number;
      text: string;
      score: number;
    }[];
    expect(suggestions.length).toBeGreaterThan(0);
    expect(suggestions.length).toBeLessThanOrEqual(3);
    expect(suggestions[0]).toMatchObject({
      source: files[2],
      text: 'Leakage fell by 9 per cent after the new detection programme began.',
    });
    for (const suggestion of suggestions) {
      expect(Object.keys(suggestion)).toEqual([
        'source',
        'start',
        'end',
        'text',
        'score',
        'reasons',
        'closeMatch',
        'sameTextIn',
      ]);
      expect(suggestion.score).toBeGreaterThanOrEqual(0);
      expect(suggestion.score).toBeLessThanOrEqual(1);
      const imported = await importSourceFile(suggestion.source, new Date());
      expect(imported.ok && imported.source.text.slice(suggestion.start, suggestion.end)).toBe(suggestion.text);
    }
    const scores = suggestions.map((suggestion) => suggestion.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('prints a readable list without --json', () => {
    const result = run('--claim', 'repairs cost USD 767 million', '--top', '1', files[0]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(
      /^1\. \[(0\.\d\d|1\.00)\] reservoir-report\.txt \d+–\d+\n {3}Repairs are expected to cost \$767m, almost twice the original estimate\.\n {3}same figures: 767 million/,
    );
  });

  it('marks each passage closeMatch true or false, and says "No close match" for a claim no source states (issue 21)', () => {
    const close = JSON.parse(
      run('--claim', 'Leakage dropped 9% once the leak detection program started', '--json', ...files).stdout,
    ) as { closeMatch: boolean; score: number }[];
    expect(close[0].closeMatch).toBe(true);
    const far = run(
      '--claim',
      'The council spent 4 million on a new stadium roof in Harlow last winter',
      '--json',
      ...files,
    );
    const farSuggestions = JSON.parse(far.stdout) as { closeMatch: boolean; score: number }[];
    expect(farSuggestions.length).toBeGreaterThan(0);
    expect(farSuggestions.every((s) => s.closeMatch === false && s.score < 0.45)).toBe(true);
    expect(
      run('--claim', 'The council spent 4 million on a new stadium roof in Harlow last winter', ...files).stdout,
    ).toMatch(/^No close match in the sources/);
  });

  it('groups the same wording in several source files as one passage, with the others in sameTextIn (issue 21)', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'factdesk-same-'));
    const wire = 'Tarvonia exported $1.2 billion of seafood last year, nearly a third of it to the United States.';
    const copies = ['agency.txt', 'broadcaster.txt', 'outlet.txt'].map((name, index) => {
      const file = path.join(dir, name);
      writeFileSync(
        file,
        `Story ${index + 1} about the fishing industry.\n\n${wire}\n\nOther reporting by outlet ${index + 1}.`,
      );
      return file;
    });
    const result = JSON.parse(
      run('--claim', 'Tarvonia exported USD 1.2 billion of seafood last year', '--json', ...copies).stdout,
    ) as { source: string; sameTextIn: { source: string; start: number; end: number }[]; text: string }[];
    expect(result[0].text).toBe(wire);
    expect(result[0].sameTextIn.map((copy) => copy.source).sort()).toEqual(
      copies.filter((file) => file !== result[0].source).sort(),
    );
    expect(result.filter((s) => s.text === wire)).toHaveLength(1);
    expect(run('--claim', 'Tarvonia exported USD 1.2 billion of seafood last year', ...copies).stdout).toContain(
      'same wording in 3 sources',
    );
  });

  it('explains its usage and names a file it cannot read', () => {
    expect(run('--claim', 'x').status).toBe(2);
    expect(run(files[0]).stderr).toContain('usage: factdesk suggest evidence');
    expect(run('--claim', 'x', '--top', 'zero', files[0]).status).toBe(2);
    const missing = run('--claim', 'x', path.join(FIXTURES, 'nowhere.txt'));
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('‘nowhere.txt’: it does not exist');
    expect(readFileSync(files[0], 'utf8')).toContain('$767m');
  });
});
