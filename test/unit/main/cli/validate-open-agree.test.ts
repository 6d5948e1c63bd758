import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHeadlessEditor } from '@lexical/headless';
import fc from 'fast-check';
import type { SerializedEditorState } from 'lexical';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { streamIo } from '../../../../main/cli/io';
import { ARTICLE_NODES } from '../../../../renderer/import/article-nodes';
import { parseWholeBody } from '../../../../renderer/editor/whole-body';
import { MAX_BODY_DEPTH } from '../../../../shared/article/article-body';
import type { OpenResult } from '../../../../shared/api';
import { attachClaimsToBody } from '../../../../shared/claims/claims-in-body';
import { handlerSetup } from '../../helpers/handler-setup';
import { bodyMutations, deepNesting, mutations } from '../../helpers/project-mutations';

/**
 * Mutated project files through `factdesk validate` and through the app's
 * open path, side by side. Every one must give a clear error or open fully
 * (the editor loads every node of its article); validate and open must agree
 * (same verdict, same message); and the file is never modified.
 */

const RUNS = 500;
const ROOT = path.resolve(__dirname, '../../../..');
const DEMO_TEXT = readFileSync(path.join(ROOT, 'demo', 'city-water-demo.factdesk'), 'utf8');
const CLI = path.join(ROOT, 'dist', 'cli', 'factdesk.js');

let runCli: typeof import('../../../../main/cli').runCli;
const app = handlerSetup();
const dir = mkdtempSync(path.join(os.tmpdir(), 'factdesk-agree-'));
const file = path.join(dir, 'story.factdesk');
app.handlers.allowOpening(file);

beforeAll(async () => {
  process.env.FACTDESK_CLI_NO_AUTORUN = '1';
  ({ runCli } = await import('../../../../main/cli'));
});
afterAll(() => app.handlers.closeProjectFile());

async function validate(): Promise<{ ok: boolean; message: string }> {
  const out = { text: '', write: (chunk: string) => ((out.text += chunk), true) };
  const err = { text: '', write: (chunk: string) => ((err.text += chunk), true) };
  const code = await runCli(['validate', file], streamIo(out, err));
  return { ok: code === 0, message: err.text.trim() };
}

/** As the window would: the article with its claims in the editor, every node of it. */
function loadsFully(opened: Extract<OpenResult, { ok: true }>): boolean {
  const editor = createHeadlessEditor({ namespace: 'agree', nodes: [...ARTICLE_NODES], onError: () => undefined });
  const serialized = attachClaimsToBody(
    opened.project.article.body,
    opened.project.claims,
  ) as unknown as SerializedEditorState;
  return parseWholeBody(editor, serialized) !== null;
}

const outcomes: Record<string, { opened: number; refused: number }> = {};

describe('validate and open on mutated project files', () => {
  it(`agree on every one, open it fully or refuse it clearly, and never change it (${RUNS} files)`, async () => {
    // Around the depth limit and the depths the issue names (3,000 broke export, 5,000 the window); 100,000 has its own test below.
    const all: Record<string, fc.Arbitrary<(text: string) => string>> = {
      ...mutations,
      'deep nesting': deepNesting(MAX_BODY_DEPTH - 5, 5_000),
      ...bodyMutations,
    };
    const named = fc.constantFrom(...Object.keys(all)).chain((name) => all[name].map((mutate) => ({ name, mutate })));
    await fc.assert(
      fc.asyncProperty(named, async ({ name, mutate }) => {
        const text = mutate(DEMO_TEXT);
        writeFileSync(file, text);
        const before = readFileSync(file);
        const { mtimeMs } = statSync(file);
        const validated = await validate();
        const opened = await app.handlers.openProjectPath(file);
        await app.handlers.closeProjectFile();
        expect(opened.ok, `${name}: validate said ${validated.ok ? 'valid' : validated.message}`).toBe(validated.ok);
        if (opened.ok) {
          expect(loadsFully(opened), `${name}: opened, but the editor could not load all of it`).toBe(true);
          expect(opened.project.article.body).toEqual(JSON.parse(text).article.body);
        } else {
          expect(validated.message).toBe(opened.message);
          expect(opened.message).toMatch(/^The file ‘story\.factdesk’ could not be opened: .{6,}\.$/s);
          expect(opened.message).not.toMatch(/\bat .+:\d+:\d+\)|undefined is not|\[object Object\]|Maximum call stack/);
        }
        expect(readFileSync(file).equals(before), `${name}: the file changed`).toBe(true);
        expect(statSync(file).mtimeMs).toBe(mtimeMs);
        expect(readdirSync(dir)).toEqual(['story.factdesk']);
        const tally = (outcomes[name] ??= { opened: 0, refused: 0 });
        tally[opened.ok ? 'opened' : 'refused'] += 1;
      }),
      { numRuns: RUNS },
    );
    console.info(`validate/open agreement, per mutation: ${JSON.stringify(outcomes)}`);
    expect(Object.keys(outcomes).length).toBeGreaterThanOrEqual(Object.keys(mutations).length);
  }, 60_000);
});

describe('a body nested 100,000 deep', () => {
  it('is refused by validate within a time and memory bound (10 s, a 256 MB heap), with the clear message', () => {
    const deep = `${'{"type":"quote","children":['.repeat(99_999)}{"type":"quote","children":[]}${']}'.repeat(99_999)}`;
    const deepFile = path.join(dir, 'deep.factdesk');
    writeFileSync(deepFile, JSON.stringify(JSON.parse(DEMO_TEXT)).replace('"children":[', `"children":[${deep},`));
    const { FACTDESK_CLI_NO_AUTORUN: _inProcessOnly, ...env } = process.env;
    const result = spawnSync(
      process.execPath,
      ['--max-old-space-size=256', '--stack-size=984', CLI, 'validate', deepFile],
      { encoding: 'utf8', timeout: 10_000, env },
    );
    expect(result.error, 'did not finish within 10 s').toBeUndefined();
    expect(result.stderr).toMatch(new RegExp(`the article nests more than ${MAX_BODY_DEPTH} levels deep here`));
    expect(result.status).toBe(1);
  });
});
