import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadProjectFile, saveProjectFile } from '../../../../../main/services/project-file/project-io';
import { parseProjectText, serializeProject } from '../../../../../shared/project/project-file';
import { arbitraryProject } from '../../../helpers/arbitrary-project';
import { mutations } from '../../../helpers/project-mutations';

/**
 * Bad input never crashes the loader and never touches the file: every
 * mutation of a valid project gives a clear error naming the file, or a
 * project (repaired, with the repairs listed).
 */

const RUNS = 1000;
const dir = mkdtempSync(path.join(os.tmpdir(), 'factdesk-fuzz-'));
const DEMO_TEXT = readFileSync(path.resolve(__dirname, '../../../../../demo/city-water-demo.factdesk'), 'utf8');

function expectClearOutcome(result: ReturnType<typeof parseProjectText>) {
  if (result.ok) {
    for (const repair of result.repairs)
      expect(repair).toMatch(
        /^(Two .+ shared the id|The evidence link .+ was removed\.|The claim .+ had no number; it is now claim \d+\.|Two claims were numbered \d+; the later one .+ is now claim \d+\.)/,
      );
    return;
  }
  expect(result.problem.length).toBeGreaterThan(5);
  expect(result.problem).not.toMatch(/\bat .+:\d+:\d+\)|undefined is not|\[object Object\]/);
}

describe('the loader on damaged files', () => {
  for (const [name, mutation] of Object.entries(mutations)) {
    // Huge and deep documents take ~20 ms each to build and parse, so fewer of them.
    const runs = name === 'huge strings' || name === 'deep nesting' ? RUNS / 10 : RUNS;
    it(`${name}: a clear error or a repaired project, never a crash (${runs} runs)`, () => {
      fc.assert(
        fc.property(mutation, (mutate) => {
          expectClearOutcome(parseProjectText(mutate(DEMO_TEXT)));
        }),
        { numRuns: runs },
      );
    }, 60_000);
  }

  it('dangling evidence is repaired and listed; duplicated ids are renamed and listed', () => {
    fc.assert(
      fc.property(mutations['dangling references'], (mutate) => {
        const result = parseProjectText(mutate(DEMO_TEXT));
        expect(result.ok && result.repairs).toEqual([
          expect.stringMatching(/^The evidence link “ev_\d+” pointed to a (claim|source) .* it was removed\.$/),
        ]);
      }),
      { numRuns: 200 },
    );
  });

  it('never changes the file on disk, whatever it holds', async () => {
    const file = path.join(dir, 'damaged.factdesk');
    const all = fc.oneof(...Object.values(mutations));
    await fc.assert(
      fc.asyncProperty(all, async (mutate) => {
        writeFileSync(file, mutate(DEMO_TEXT));
        const before = readFileSync(file);
        const { mtimeMs } = statSync(file);
        const result = await loadProjectFile(file);
        if (!result.ok) expect(result.message).toMatch(/^The file ‘damaged\.factdesk’ could not be opened: .+\.$/s);
        expect(readFileSync(file).equals(before)).toBe(true);
        expect(statSync(file).mtimeMs).toBe(mtimeMs);
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});

describe('save then load', () => {
  it(`returns the same project, exactly (${RUNS} runs, text level)`, { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(arbitraryProject, (project) => {
        expect(parseProjectText(serializeProject(project))).toEqual({
          ok: true,
          project,
          migratedFrom: null,
          repairs: [],
        });
      }),
      { numRuns: RUNS },
    );
  });

  it(`returns the same project through the real atomic save and load on disk (${RUNS} runs)`, async () => {
    const file = path.join(dir, 'roundtrip.factdesk');
    await fc.assert(
      fc.asyncProperty(arbitraryProject, async (project) => {
        await saveProjectFile(file, project);
        const loaded = await loadProjectFile(file);
        expect(loaded.ok && loaded.project).toEqual(project);
      }),
      { numRuns: RUNS },
    );
  }, 60_000);
});
