import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_BODY_DEPTH } from '../../../../shared/article/article-body';

/**
 * validate and export refuse an article body the editor cannot load (an
 * unknown node type, a body nested too deep), with the node and its path,
 * exit 1, and the file untouched. Before, validate passed them, and export
 * died with "Maximum call stack size exceeded" at depth 3,000.
 */

const ROOT = path.resolve(__dirname, '../../../..');
const CLI = path.join(ROOT, 'dist', 'cli', 'factdesk.js');
const DEMO = readFileSync(path.join(ROOT, 'demo', 'city-water-demo.factdesk'), 'utf8');

function projectFile(change: (doc: { article: { body: { root: { children: unknown[] } } } }) => void): string {
  const doc = JSON.parse(DEMO);
  change(doc);
  return fileWith(JSON.stringify(doc, null, 2));
}

function fileWith(text: string): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'factdesk-cli-body-')), 'story.factdesk');
  writeFileSync(file, text);
  return file;
}

/** The demo with quotes nested `depth` levels at the top of its article, written as text (JSON.stringify itself overflows the stack on a deep one). */
function withNestedQuotes(depth: number): string {
  const deep = `${'{"type":"quote","children":['.repeat(depth - 1)}{"type":"quote","children":[{"type":"text","text":"deepest"}]}${']}'.repeat(depth - 1)}`;
  return JSON.stringify(JSON.parse(DEMO)).replace('"children":[', `"children":[${deep},`);
}

const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: 60_000 });

describe('an article body the editor cannot load', { timeout: 30_000 }, () => {
  it('validate names the node type and its JSON path, exits 1, and leaves the file as it was', () => {
    const file = projectFile((doc) =>
      doc.article.body.root.children.splice(3, 0, { type: 'horizontalrule', version: 1 }),
    );
    const before = readFileSync(file);
    const result = run('validate', file);
    expect(result.stderr).toMatch(
      /^The file ‘story\.factdesk’ could not be opened: it does not match the Factdesk project format — article\.body\.root\.children\[3\]: the node type “horizontalrule” is not one Factdesk’s article editor can show/,
    );
    expect(result.status).toBe(1);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  for (const depth of [MAX_BODY_DEPTH + 1, 3_000, 5_000]) {
    it(`validate and export agree on a body ${depth.toLocaleString('en')} levels deep: refused with a clear message, no stack overflow`, () => {
      const file = fileWith(withNestedQuotes(depth));
      for (const args of [
        ['validate', file],
        ['export', file, '--format', 'html'],
        ['export', file, '--format', 'md'],
      ]) {
        const result = run(...args);
        expect(result.stderr, args.join(' ')).toMatch(
          new RegExp(`the article nests more than ${MAX_BODY_DEPTH} levels deep here`),
        );
        expect(result.stderr).not.toMatch(/call stack/i);
        expect(result.status).toBe(1);
        expect(result.stdout).toBe('');
      }
    });
  }

  it(`validate and export both accept ${MAX_BODY_DEPTH} levels`, () => {
    const file = fileWith(withNestedQuotes(MAX_BODY_DEPTH - 1));
    expect(run('validate', file).status).toBe(0);
    const exported = run('export', file, '--format', 'md');
    expect(exported.status).toBe(0);
    expect(exported.stdout).toContain('deepest');
  });
});
