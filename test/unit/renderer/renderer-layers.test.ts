import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The renderer's layers, read from its import statements: the open
 * document's owner (renderer/project) and the small UI stores
 * (renderer/state) never reach up into the editor or the panels, and no
 * module or folder imports itself round a cycle.
 */

const ROOT = path.resolve(import.meta.dirname, '../../..');

function sourcesUnder(folder: string): string[] {
  return readdirSync(path.join(ROOT, folder), { withFileTypes: true }).flatMap((entry) => {
    const relative = `${folder}/${entry.name}`;
    if (entry.isDirectory()) return sourcesUnder(relative);
    return /\.tsx?$/.test(entry.name) ? [relative] : [];
  });
}

/** Each renderer module's imports of other modules (static and dynamic), as paths from the repository root. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourcesUnder('renderer')) {
    const text = readFileSync(path.join(ROOT, file), 'utf8');
    const targets = [...text.matchAll(/(?:from|import\()\s*'(\.[^']+)'/g)].map(([, specifier]) => {
      const base = path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier));
      return [`${base}.ts`, `${base}.tsx`, base].find((candidate) => existsSync(path.join(ROOT, candidate))) ?? base;
    });
    graph.set(file, targets);
  }
  return graph;
}

const graph = importGraph();

function importsFrom(folder: string, into: string[]): string[] {
  return [...graph].flatMap(([file, targets]) =>
    file.startsWith(`${folder}/`)
      ? targets
          .filter((target) => into.some((other) => target.startsWith(`${other}/`)))
          .map((target) => `${file} → ${target}`)
      : [],
  );
}

/** Every import cycle, each as the chain of modules that closes it. */
function cycles(): string[] {
  const found: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const visit = (file: string, trail: string[]) => {
    if (state.get(file) === 'done') return;
    if (state.get(file) === 'open') {
      found.push([...trail.slice(trail.indexOf(file)), file].join(' → '));
      return;
    }
    state.set(file, 'open');
    for (const target of graph.get(file) ?? []) visit(target, [...trail, file]);
    state.set(file, 'done');
  };
  for (const file of graph.keys()) visit(file, []);
  return found;
}

/** The same graph between the renderer's folders (project, state, editor, panels, import, …): each import of one folder by another. */
function folderCycles(): string[] {
  const folderOf = (file: string) => file.split('/').slice(0, 2).join('/');
  const edges = new Map<string, Set<string>>();
  for (const [file, targets] of graph) {
    for (const target of targets) {
      if (!target.startsWith('renderer/') || folderOf(target) === folderOf(file)) continue;
      edges.set(folderOf(file), (edges.get(folderOf(file)) ?? new Set()).add(folderOf(target)));
    }
  }
  const reaches = (from: string, to: string, seen = new Set<string>()): boolean =>
    [...(edges.get(from) ?? [])].some(
      (next) => next === to || (!seen.has(next) && (seen.add(next), reaches(next, to, seen))),
    );
  return [...edges].flatMap(([from, targets]) =>
    [...targets].filter((to) => reaches(to, from)).map((to) => `${from} ⇄ ${to}`),
  );
}

describe('renderer layers', () => {
  it('renderer/project and renderer/state import nothing from renderer/editor or renderer/panels', () => {
    expect(importsFrom('renderer/project', ['renderer/editor', 'renderer/panels'])).toEqual([]);
    expect(importsFrom('renderer/state', ['renderer/editor', 'renderer/panels'])).toEqual([]);
  });

  it('the small UI stores sit below the document owner: renderer/state imports nothing from renderer/project', () => {
    expect(importsFrom('renderer/state', ['renderer/project'])).toEqual([]);
  });

  it('renderer/import builds article bodies without the editor', () => {
    expect(importsFrom('renderer/import', ['renderer/editor', 'renderer/panels', 'renderer/project'])).toEqual([]);
  });

  it('no renderer module imports itself round a cycle', () => {
    expect(cycles()).toEqual([]);
  });

  it('the renderer’s folders import each other one way only (import and editor, state and editor once went both ways)', () => {
    expect(folderCycles()).toEqual([]);
  });

  it('only renderer/project touches the document store; everything else reads through its hooks and writes through its actions', () => {
    const outside = [...graph.keys()].filter(
      (file) =>
        !file.startsWith('renderer/project/') && /\bdocumentStore\b/.test(readFileSync(path.join(ROOT, file), 'utf8')),
    );
    expect(outside).toEqual([]);
  });

  it('no file outside renderer/project sets or updates one of its stores', () => {
    const ownFiles = [...graph.keys()].filter((file) => file.startsWith('renderer/project/'));
    const stores = ownFiles.flatMap((file) =>
      [...readFileSync(path.join(ROOT, file), 'utf8').matchAll(/export const (\w+) = new Store\b/g)].map(
        ([, name]) => name,
      ),
    );
    expect(stores).toContain('documentStore');
    const writes = [...graph.keys()]
      .filter((file) => !file.startsWith('renderer/project/'))
      .flatMap((file) =>
        [...readFileSync(path.join(ROOT, file), 'utf8').matchAll(/\b(\w+)\.(?:set|update)\(/g)]
          .filter(([, name]) => stores.includes(name))
          .map(([call]) => `${file}: ${call}`),
      );
    expect(writes).toEqual([]);
  });
});
