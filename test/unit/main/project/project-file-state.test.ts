import { readFileSync, writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { OpenResult } from '../../../../shared/api';
import type { ProjectSession } from '../../../../main/project/project-session';
import { checksumOf, docFromState, projectFromDoc } from '../../../../main/project-doc/document-state';
import { plainTextOf } from '../../../../shared/article/plain-text';
import type { Project } from '../../../../shared/project/schema';
import { closeDemoSessions, demoCopy, demoSession } from '../../helpers/demo-sessions';

/**
 * Issue 18 item 3 through the project session: a file Factdesk saves carries
 * a Yjs state that holds its readable part, vouched for by a checksum; a
 * file edited by hand since is said so on open and rebuilt from its readable part.
 */

afterEach(closeDemoSessions);

const setUp = () => demoCopy('factdesk-docstate-');
const newSession = demoSession;

function opened(result: OpenResult) {
  if (!result.ok) throw new Error(result.message);
  return result;
}

const onDisk = (file: string): Project => JSON.parse(readFileSync(file, 'utf8'));

/** The window types a sentence at the end of the first paragraph and saves (sending no document changes). */
async function typeAndSave(session: ProjectSession, file: string, words: string) {
  const open = opened(await session.open(file));
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the body edited as loose JSON, as a colleague's copy would be
  const body = structuredClone(open.project.article.body) as any;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- as above
  const paragraph = body.root.children.find((node: any) => node.type === 'paragraph');
  paragraph.children.push({ type: 'text', text: words, detail: 0, format: 0, mode: 'normal', style: '', version: 1 });
  const saved = await session.save({
    path: file,
    session: open.session,
    project: { ...open.project, article: { ...open.project.article, body } },
    suggestedName: 'story',
  });
  expect(saved).toMatchObject({ ok: true });
  await session.close();
}

describe('the project file’s Yjs state', () => {
  it('is written by a save with the window’s edits in it and a checksum over both parts', async () => {
    const { dir, file } = setUp();
    await typeAndSave(newSession(dir), file, ' Typed before the save.');
    const project = onDisk(file);
    expect(project.version).toBe(3);
    expect(project.documentId).toBe(project.id);
    expect(project.yjs!.checksum).toBe(checksumOf(project, project.yjs!));
    const fromState = projectFromDoc(
      docFromState(project.yjs!),
      project,
      (id) => project.sources.find((source) => source.id === id)?.text,
    );
    expect(plainTextOf(fromState.article.body).text).toContain('Typed before the save.');
    expect(plainTextOf(fromState.article.body)).toEqual(plainTextOf(project.article.body));
  });

  it('opens a file Factdesk saved with no notice, and one edited by hand since with a notice, showing what the file now says', async () => {
    const { dir, file } = setUp();
    await typeAndSave(newSession(dir), file, ' Typed before the save.');
    const clean = opened(await newSession(dir).open(file));
    expect(clean.notice).toBeNull();

    const edited = onDisk(file);
    edited.article.title = 'Retitled in a text editor';
    writeFileSync(file, JSON.stringify(edited, null, 2));
    const reopened = opened(await newSession(dir).open(file));
    expect(reopened.notice).toMatch(
      /changed outside Factdesk since Factdesk last saved it; what the file now says was kept/,
    );
    expect(reopened.project.article.title).toBe('Retitled in a text editor');
  });

  it('keeps its history through saves: two saves append, the first state is still in the second', async () => {
    const { dir, file } = setUp();
    await typeAndSave(newSession(dir), file, ' First.');
    const first = onDisk(file).yjs!;
    await typeAndSave(newSession(dir), file, ' Second.');
    const second = onDisk(file).yjs!;
    expect(second.seed).toBe(first.seed);
    expect(second.updates.slice(0, first.updates.length)).toEqual(first.updates);
    expect(second.updates.length).toBeGreaterThan(first.updates.length);
  });
});
