import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadProjectFile, saveProjectFile } from '../../main/services/project-io';
import { parseProjectText, serializeProject } from '../../shared/project-file';
import { arbitraryProject } from './helpers/arbitrary-project';

/**
 * Bad input never crashes the loader and never touches the file: every
 * mutation of a valid project gives a clear error naming the file, or a
 * project (repaired, with the repairs listed).
 */

const RUNS = 1000;
const dir = mkdtempSync(path.join(os.tmpdir(), 'factdesk-fuzz-'));
const DEMO_TEXT = readFileSync(path.resolve(__dirname, '../../demo/city-water-demo.factdesk'), 'utf8');

type Json = Record<string, unknown> | unknown[];

/** Walk to a random object or array inside the document (by a list of choices). */
function containerAt(doc: Json, choices: number[]): Json {
  let current: Json = doc;
  for (const choice of choices) {
    const children = Object.values(current).filter((v): v is Json => typeof v === 'object' && v !== null);
    if (children.length === 0) break;
    current = children[choice % children.length];
  }
  return current;
}

function keyAt(container: Json, choice: number): string | number | null {
  const keys = Object.keys(container);
  if (keys.length === 0) return null;
  const key = keys[choice % keys.length];
  return Array.isArray(container) ? Number(key) : key;
}

const choices = fc.array(fc.nat(50), { maxLength: 8 });

/** Each mutation turns the demo's text into something damaged or odd. */
const mutations: Record<string, fc.Arbitrary<(text: string) => string>> = {
  truncation: fc.nat().map((n) => (text) => text.slice(0, n % text.length)),
  'random bytes': fc.tuple(fc.nat(), fc.string({ unit: 'binary', minLength: 1, maxLength: 20 })).map(([at, junk]) => (text) => text.slice(0, at % text.length) + junk + text.slice((at % text.length) + junk.length)),
  'wrong types': fc.tuple(choices, fc.nat(), fc.jsonValue({ maxDepth: 2 })).map(([path, key, value]) => (text) => {
    const doc = JSON.parse(text) as Json;
    const container = containerAt(doc, path);
    const k = keyAt(container, key);
    if (k !== null) (container as Record<string, unknown>)[k] = value;
    return JSON.stringify(doc);
  }),
  'missing or duplicated ids': fc.tuple(fc.constantFrom('claims', 'sources', 'activity'), fc.nat(), fc.nat(), fc.boolean()).map(([list, a, b, remove]) => (text) => {
    const doc = JSON.parse(text);
    const items = doc[list] as { id?: string }[];
    if (items.length === 0) return text;
    if (remove) delete items[a % items.length].id;
    else items[a % items.length].id = items[b % items.length].id;
    return JSON.stringify(doc);
  }),
  'dangling references': fc.tuple(fc.nat(), fc.constantFrom('claimId', 'sourceId'), fc.string({ minLength: 1, maxLength: 10 })).map(([n, field, target]) => (text) => {
    const doc = JSON.parse(text);
    const anchor = { position: { start: 0, end: 3 }, quote: { exact: 'abc' } };
    const link = { id: `ev_${n}`, claimId: doc.claims[0].id, sourceId: doc.sources[0].id, stance: 'context', anchor };
    doc.evidence.push({ ...link, [field]: `missing_${target}` });
    return JSON.stringify(doc);
  }),
  'huge strings': fc.tuple(choices, fc.nat(), fc.integer({ min: 100_000, max: 3_000_000 })).map(([path, key, size]) => (text) => {
    const doc = JSON.parse(text) as Json;
    const container = containerAt(doc, path);
    const k = keyAt(container, key);
    if (k !== null) (container as Record<string, unknown>)[k] = 'ä'.repeat(size);
    return JSON.stringify(doc);
  }),
  'deep nesting': fc.tuple(fc.integer({ min: 1_000, max: 200_000 }), fc.boolean()).map(([depth, asObjects]) => (text) => {
    const doc = JSON.parse(text);
    const deep = asObjects ? `${'{"type":"paragraph","children":['.repeat(depth)}${']}'.repeat(depth)}` : `${'['.repeat(depth)}${']'.repeat(depth)}`;
    return JSON.stringify(doc).replace('"children":[', `"children":[${deep},`);
  }),
};

function expectClearOutcome(result: ReturnType<typeof parseProjectText>) {
  if (result.ok) {
    for (const repair of result.repairs) expect(repair).toMatch(/^(Two .+ shared the id|The evidence link .+ was removed\.)/);
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
        expect(result.ok && result.repairs).toEqual([expect.stringMatching(/^The evidence link “ev_\d+” pointed to a (claim|source) .* it was removed\.$/)]);
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
        expect(parseProjectText(serializeProject(project))).toEqual({ ok: true, project, migratedFrom: null, repairs: [] });
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
