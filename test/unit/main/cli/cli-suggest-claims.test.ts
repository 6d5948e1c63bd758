import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { suggestionKey } from '../../../../shared/claim-finder';

const ROOT = path.resolve(__dirname, '../../../..');
const CLI = path.join(ROOT, 'dist', 'cli', 'factdesk.js');
const ARTICLES = path.join(ROOT, 'test', 'fixtures', 'articles');
const DEMO = path.join(ROOT, 'demo', 'city-water-demo.factdesk');

function run(...args: string[]) {
  return spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
}

// Each case spawns the CLI several times; under a loaded CI machine that can pass 5 s.
describe('factdesk suggest claims (the built CLI)', { timeout: 30_000 }, () => {
  it('prints exactly the documented JSON array in document order, with offsets into the plain text', () => {
    const result = run('suggest', 'claims', path.join(ARTICLES, 'harbour-fees.docx'), '--json');
    expect(result.status).toBe(0);
    const suggestions = JSON.parse(result.stdout) as Record<string, unknown>[];
    expect(suggestions.length).toBeGreaterThanOrEqual(2);
    for (const suggestion of suggestions)
      expect(Object.keys(suggestion)).toEqual([
        'text',
        'start',
        'end',
        'score',
        'reasons',
        'attributed',
        'speaker',
        'speakerKind',
      ]);
    const starts = suggestions.map((s) => s.start as number);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    const plain =
      'Harbour fees to rise\nThe Skellna Port Authority said fees would rise by 9 percent in 2027, the first increase since 2019.\n"We handled 48 million tonnes last year," director Henrik Vaas said.\nHe said the new berth had cut waiting times by half.';
    for (const s of suggestions) expect(plain.slice(s.start as number, s.end as number)).toBe(s.text);
    expect(suggestions).toContainEqual(
      expect.objectContaining({
        text: 'fees would rise by 9 percent in 2027, the first increase since 2019',
        attributed: true,
        speaker: 'Skellna Port Authority',
      }),
    );
    expect(suggestions).toContainEqual(
      expect.objectContaining({
        text: 'We handled 48 million tonnes last year',
        attributed: true,
        speaker: 'Henrik Vaas',
      }),
    );
  });

  it('reads every article type and a project', () => {
    for (const file of ['harbour-fees.txt', 'harbour-fees.md', 'harbour-fees.html']) {
      const result = run('suggest', 'claims', path.join(ARTICLES, file), '--json');
      expect(result.status, file).toBe(0);
      expect(JSON.parse(result.stdout).map((s: { speaker: string | null }) => s.speaker)).toContain('Henrik Vaas');
    }
    const project = run('suggest', 'claims', DEMO, '--json');
    expect(project.status).toBe(0);
    expect(JSON.parse(project.stdout).map((s: { text: string }) => s.text)).toContainEqual(
      expect.stringMatching(/^The dam, completed in 1961, supplies roughly two thirds/),
    );
  });

  it('on a .factdesk project leaves out dismissed suggestions and spans already marked as claims, as the app does (issue 21)', () => {
    type Found = { text: string; start: number; end: number };
    const project = JSON.parse(readFileSync(DEMO, 'utf8')) as {
      claims: { anchor: { position: { start: number; end: number } } }[];
      dismissedSuggestions: string[];
    };
    const marked = project.claims.map((claim) => claim.anchor.position);
    const found = JSON.parse(run('suggest', 'claims', DEMO, '--json', '--min-score', '0').stdout) as Found[];
    expect(found.length).toBeGreaterThan(0);
    for (const suggestion of found)
      expect(
        marked.some((span) => span.start < suggestion.end && suggestion.start < span.end),
        suggestion.text,
      ).toBe(false);
    const dir = mkdtempSync(path.join(os.tmpdir(), 'factdesk-suggest-'));
    const copy = path.join(dir, 'dismissed.factdesk');
    writeFileSync(
      copy,
      JSON.stringify({ ...project, dismissedSuggestions: [...project.dismissedSuggestions, suggestionKey(found[0])] }),
    );
    const after = JSON.parse(run('suggest', 'claims', copy, '--json', '--min-score', '0').stdout) as Found[];
    expect(after.map((s) => s.text)).toEqual(found.slice(1).map((s) => s.text));
  });

  it('prints a readable table without --json, and --min-score filters', () => {
    const table = run('suggest', 'claims', path.join(ARTICLES, 'harbour-fees.md'));
    expect(table.status).toBe(0);
    expect(table.stdout.split('\n')[0]).toMatch(/^score\s+span\s+speaker\s+claim\s+why$/);
    expect(table.stdout).toMatch(/Henrik Vaas\s+We handled 48 million tonnes last year/);
    expect(table.stdout).toMatch(/\d+ suggested claims, \d+ attributed/);
    const strict = JSON.parse(
      run('suggest', 'claims', path.join(ARTICLES, 'harbour-fees.md'), '--json', '--min-score', '0.97').stdout,
    ) as { score: number }[];
    const all = JSON.parse(
      run('suggest', 'claims', path.join(ARTICLES, 'harbour-fees.md'), '--json', '--min-score=0').stdout,
    ) as { score: number }[];
    expect(all.length).toBeGreaterThan(strict.length);
    expect(strict.every((s) => s.score >= 0.97)).toBe(true);
  });

  it('explains bad arguments and unreadable files, and writes nothing', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'factdesk-suggest-'));
    writeFileSync(path.join(dir, 'notes.pdf'), '%PDF');
    expect(run('suggest', 'claims', path.join(ARTICLES, 'harbour-fees.md'), '--min-score', 'high')).toMatchObject({
      status: 2,
      stdout: '',
      stderr: expect.stringContaining('--min-score needs a number between 0 and 1'),
    });
    expect(run('suggest', 'claims')).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('usage: factdesk suggest claims FILE'),
    });
    expect(run('suggest', 'frobs', 'x.txt')).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('usage: factdesk suggest claims'),
    });
    expect(run('suggest', 'claims', path.join(dir, 'notes.pdf'))).toMatchObject({
      status: 1,
      stdout: '',
      stderr: expect.stringContaining('‘notes.pdf’ could not be read'),
    });
    expect(readdirSync(dir)).toEqual(['notes.pdf']);
    expect(run('--help').stdout).toContain('suggest claims FILE');
  });
});
