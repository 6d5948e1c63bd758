import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { checksumOf, docFromState, ensureDocumentState } from '../../../../main/project-doc/document-state';
import type { ProjectSession } from '../../../../main/project/project-session';
import { writeClaim } from '../../../../shared/project-doc/claim-record';
import { claimsOf, ORIGIN } from '../../../../shared/project-doc/layout';
import { readClaims } from '../../../../shared/project-doc/project-records';
import { parseProjectText } from '../../../../shared/project/project-file';
import type { OpenResult } from '../../../../shared/api';
import type { Claim, Project } from '../../../../shared/project/schema';
import { closeDemoSessions, demoCopy, demoSession } from '../../helpers/demo-sessions';

/**
 * A window bound to the project's document sends its changes with each save
 * (renderer/project/save-snapshot.ts): main writes them into the file's state
 * instead of aligning the state to the readable part, and the file holds
 * both halves, saying the same, vouched for by its checksum.
 */

afterEach(closeDemoSessions);

async function openDemo() {
  const { dir, file } = demoCopy('factdesk-doc-save-');
  const session = demoSession(dir);
  const result: OpenResult = await session.open(file);
  if (!result.ok) throw new Error(result.message);
  return { session, file, result };
}

/** The window's document, as it loads main's state (readDocumentState). */
function windowDocument(session: ProjectSession, token: string) {
  const state = session.held.get(token).document.current!;
  const doc = new Y.Doc();
  doc.transact(() => state.updates.forEach((update) => Y.applyUpdate(doc, Buffer.from(update, 'base64'))), ORIGIN.load);
  return { doc, seed: state.seed, vector: Y.encodeStateVector(doc) };
}

/** The card change, as the bound window writes it into its document. */
function writeCardChange(doc: Y.Doc, edited: Claim, logId: string): void {
  doc.transact(() => {
    writeClaim(claimsOf(doc).get(edited.id)!, edited, {
      by: 'Ana',
      at: '2026-12-02T10:00:00.000Z',
      newId: () => logId,
    });
  }, ORIGIN.local);
}

/** What the window sends to be saved: the project as it holds it (sources without their texts). */
type SavedView = Parameters<ProjectSession['save']>[0]['project'];

/** The window's Save: the readable project, and what its document changed since the last save. */
function windowSaves(session: ProjectSession, file: string, token: string, window: ReturnType<typeof windowDocument>) {
  let since = window.vector;
  return (project: SavedView) => {
    const update = Buffer.from(Y.encodeStateAsUpdate(window.doc, since)).toString('base64');
    since = Y.encodeStateVector(window.doc);
    const document = { seed: window.seed, update };
    return session.save({ path: file, session: token, project, suggestedName: 'story', document });
  };
}

function onDisk(file: string): Project {
  const parsed = parseProjectText(readFileSync(file, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.problem);
  return parsed.project;
}

describe('a save with the window’s document changes', () => {
  it('writes the readable part and a state that, reopened, gives the same claims, with a checksum that holds', async () => {
    const { session, file, result } = await openDemo();
    const window = windowDocument(session, result.session);
    const [first] = result.project.claims;
    const edited = { ...first, verdict: 'false' as const, verdictBy: 'Ana', note: 'Checked with the utility.' };
    writeCardChange(window.doc, edited, 'log_1');
    const project = { ...result.project, claims: result.project.claims.map((c) => (c.id === first.id ? edited : c)) };
    const saved = await windowSaves(session, file, result.session, window)(project);
    expect(saved).toMatchObject({ ok: true });

    const written = onDisk(file);
    expect(written.claims.find((c) => c.id === first.id)).toMatchObject({
      verdict: 'false',
      note: 'Checked with the utility.',
    });
    expect(written.yjs!.checksum).toBe(checksumOf(written, written.yjs!));
    const state = docFromState(written.yjs!);
    // The window's own change is in the state (not a copy main made by aligning it to the readable part).
    const verdicts = claimsOf(state).get(first.id)!.get('verdicts') as Y.Array<{ id: string }>;
    expect(verdicts.toArray().map((entry) => entry.id)).toContain('log_1');
    const reopened = readClaims(state);
    for (const claim of written.claims) expect(reopened.get(claim.id)).toMatchObject(claim);
    expect(reopened.get(first.id)).toMatchObject({ verdict: 'false', verdictBy: 'Ana' });
    // Opened again, the file needs no repair and says nothing.
    expect(ensureDocumentState(written).notice).toBeNull();
    expect(ensureDocumentState(written).project.yjs!.updates).toEqual(written.yjs!.updates);
  });

  it('writes into the state what the window keeps outside its document (a source’s title), so the halves agree', async () => {
    const { session, file, result } = await openDemo();
    const window = windowDocument(session, result.session);
    const [source] = result.project.sources;
    const project = {
      ...result.project,
      sources: result.project.sources.map((s) => (s.id === source.id ? { ...s, title: 'Renamed by the desk' } : s)),
    };
    expect(await windowSaves(session, file, result.session, window)(project)).toMatchObject({ ok: true });
    const written = onDisk(file);
    const doc = docFromState(written.yjs!);
    const titles = [...doc.getMap<Y.Map<unknown>>('sources').values()].map((map) => map.get('title'));
    expect(titles).toContain('Renamed by the desk');
    expect(written.yjs!.checksum).toBe(checksumOf(written, written.yjs!));
  });

  it('keeps each later save’s changes too (main holds the state as a live document between saves)', async () => {
    const { session, file, result } = await openDemo();
    const window = windowDocument(session, result.session);
    const [first, second] = result.project.claims;
    const save = windowSaves(session, file, result.session, window);
    let project = result.project;
    for (const [claim, note] of [
      [first, 'First save.'],
      [second, 'Second save.'],
    ] as const) {
      const edited = { ...claim, note };
      writeCardChange(window.doc, edited, `log_${note}`);
      project = { ...project, claims: project.claims.map((c) => (c.id === claim.id ? edited : c)) };
      expect(await save(project)).toMatchObject({ ok: true });
    }
    const written = onDisk(file);
    const reopened = readClaims(docFromState(written.yjs!));
    expect(reopened.get(first.id)?.note).toBe('First save.');
    expect(reopened.get(second.id)?.note).toBe('Second save.');
    expect(written.yjs!.checksum).toBe(checksumOf(written, written.yjs!));
  });
});
