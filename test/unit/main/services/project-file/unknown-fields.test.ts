import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatchCall } from '../../../../../main/dispatch';
import { loadProjectFile, saveProjectFile } from '../../../../../main/services/project-file/project-io';
import type { OpenResult, SaveResult } from '../../../../../shared/api';
import { handlerSetup } from '../../../helpers/handler-setup';
import { NEWSROOM_PROJECT } from '../../../shared/report/fixture';

/**
 * Fields this version does not know (written by a newer Factdesk, another
 * tool, or by hand) are kept: a file opened and saved keeps them, at every
 * level, in their place, byte for byte.
 */

type Json = Record<string, unknown>;

/** Insert `key` after the `after` key, so unknown fields sit among known ones, not only at the end. */
function insertAfter(object: Json, after: string, key: string, value: unknown): Json {
  return Object.fromEntries(
    Object.entries(object).flatMap(([k, v]) =>
      k === after
        ? [
            [k, v],
            [key, value],
          ]
        : [[k, v]],
    ),
  );
}

/** The newsroom fixture with an unknown field at every level of the project. */
function withUnknownFields(): string {
  const doc = JSON.parse(readFileSync(NEWSROOM_PROJECT, 'utf8')) as Json;
  const claims = (doc.claims as Json[]).map((claim, i) => {
    const comments = (claim.comments as Json[]).map((comment) => insertAfter(comment, 'author', 'authorDesk', 'metro'));
    const anchor = insertAfter(claim.anchor as Json, 'position', 'selectorVersion', 2);
    const tags = insertAfter(claim.tags as Json, 'disputed', 'confidence', { level: 'high', by: ['kim', 'ada'] });
    return insertAfter({ ...claim, comments, anchor, tags }, 'verdict', 'verdictHistory', [
      { at: `2026-11-0${i + 1}T10:00:00.000Z`, verdict: 'unrated' },
    ]);
  });
  const sources = (doc.sources as Json[]).map((source) =>
    insertAfter(source, 'url', 'licence', 'CC-BY 4.0 — “quoted” ✓'),
  );
  const evidence = (doc.evidence as Json[]).map((link) => insertAfter(link, 'stance', 'strength', 0.75));
  const article = insertAfter(doc.article as Json, 'byline', 'section', 'City');
  const signOff = insertAfter(doc.signOff as Json, 'by', 'role', 'managing editor');
  let changed: Json = { ...doc, article, claims, sources, evidence, signOff };
  changed = insertAfter(changed, 'id', 'x-newsroom', { desk: 'metro', schedule: [1, 2, 3], nested: { deeper: null } });
  return `${JSON.stringify(changed, null, 2)}\n`;
}

const setups: ReturnType<typeof handlerSetup>[] = [];
afterEach(async () => {
  for (const setup of setups.splice(0)) await setup.handlers.closeProjectFile();
});

describe('fields this version does not know', () => {
  it('survive load and save byte for byte (top level, article, claims, tags, anchors, comments, sources, evidence, sign-off)', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'factdesk-unknown-'));
    const file = path.join(dir, 'story.factdesk');
    const text = withUnknownFields();
    writeFileSync(file, text);
    const loaded = await loadProjectFile(file);
    if (!loaded.ok) throw new Error(loaded.message);
    const copy = path.join(dir, 'copy.factdesk');
    await saveProjectFile(copy, loaded.project);
    expect(readFileSync(copy, 'utf8')).toBe(text);
  });

  it('survive a round trip through the window: open, send the project back as the window does, save', async () => {
    const setup = handlerSetup({ clock: () => new Date('2026-12-01T09:00:00.000Z') });
    setups.push(setup);
    const file = path.join(setup.dir, 'story.factdesk');
    const text = withUnknownFields();
    writeFileSync(file, text);
    setup.answers.open = file;
    const opened = (await dispatchCall(setup.handlers, 'openProjectDialog', [])) as OpenResult;
    if (!opened.ok) throw new Error(opened.message);
    // The window sends its project back as JSON text.
    const saved = (await dispatchCall(setup.handlers, 'saveProject', [
      { path: file, session: opened.session, project: JSON.stringify(opened.project), suggestedName: 'story' },
    ])) as SaveResult;
    expect(saved.ok).toBe(true);
    const stamped = text.replace(/^ {2}"updatedAt": ".*",$/m, '  "updatedAt": "2026-12-01T09:00:00.000Z",');
    expect(readFileSync(file, 'utf8')).toBe(stamped);
  });
});
