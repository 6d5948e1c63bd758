import { copyFileSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseProjectText, serializeProject } from '../../../../shared/project/project-file';
import type { Project } from '../../../../shared/project/schema';
import { DEMO, handlerSetup } from '../../helpers/handler-setup';

/** Someone else saves the open file: we notice, refuse to overwrite, and can merge. */

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function openCopyOfDemo() {
  const setup = handlerSetup();
  cleanups.push(() => setup.handlers.closeProjectFile());
  const file = path.join(setup.dir, 'story.factdesk');
  copyFileSync(DEMO, file);
  setup.handlers.allowOpening(file);
  const opened = await setup.handlers.openProjectPath(file);
  if (!opened.ok) throw new Error(opened.message);
  return { ...setup, file, project: opened.project, session: opened.session };
}

/** What a colleague's Factdesk writes: the same project with their edits. */
function saveAsColleague(file: string, change: (project: Project) => Project) {
  const current = parseProjectText(readFileSync(file, 'utf8'));
  if (!current.ok) throw new Error(current.problem);
  writeFileSync(file, serializeProject(change(current.project)));
}

describe('a file changed on disk while open', () => {
  it('is reported once through the event sink', async () => {
    const { events, file } = await openCopyOfDemo();
    saveAsColleague(file, (p) => ({ ...p, article: { ...p.article, title: 'Their headline' } }));
    await vi.waitFor(() => expect(events).toEqual([{ event: 'fileChangedOnDisk', payload: { path: file } }]), {
      timeout: 2000,
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(events).toHaveLength(1);
  });

  it('is not reported for our own saves, nor for a touch that keeps the bytes', async () => {
    const { handlers, events, file, project, session } = await openCopyOfDemo();
    for (let i = 0; i < 3; i += 1) {
      const saved = await handlers.saveProject({
        path: file,
        session,
        project: { ...project, article: { ...project.article, title: `Mine ${i}` } },
        suggestedName: 'story',
      });
      expect(saved.ok).toBe(true);
    }
    writeFileSync(file, readFileSync(file));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(events).toEqual([]);
  });

  it('catches a colleague’s edit of the same size, and lets a touch that keeps the bytes be saved over', async () => {
    const { handlers, file, project, session } = await openCopyOfDemo();
    const mine = (title: string) => ({
      path: file,
      session,
      project: { ...project, article: { ...project.article, title } },
      suggestedName: 'story',
    });
    expect((await handlers.saveProject(mine('Mine AAAA'))).ok).toBe(true);
    const touched = new Date(Date.now() + 5000);
    utimesSync(file, touched, touched);
    expect((await handlers.saveProject(mine('Mine BBBB'))).ok).toBe(true);
    const sameSize = readFileSync(file, 'utf8').replace('Mine BBBB', 'Mine CCCC');
    writeFileSync(file, sameSize);
    const later = new Date(Date.now() + 10_000);
    utimesSync(file, later, later);
    expect(await handlers.saveProject(mine('Mine DDDD'))).toMatchObject({ ok: false, conflict: true });
    expect(readFileSync(file, 'utf8')).toBe(sameSize);
  });

  it('stops a save with a conflict and writes nothing; "keep mine" overwrites when asked to', async () => {
    const { handlers, file, project, session } = await openCopyOfDemo();
    saveAsColleague(file, (p) => ({ ...p, article: { ...p.article, title: 'Their headline' } }));
    const theirBytes = readFileSync(file);
    const mine = { ...project, article: { ...project.article, title: 'My headline' } };
    const result = await handlers.saveProject({ path: file, session, project: mine, suggestedName: 'story' });
    expect(result).toEqual({
      ok: false,
      conflict: true,
      path: file,
      message: '‘story.factdesk’ was changed on disk by someone else since you opened it. Nothing was saved.',
    });
    expect(readFileSync(file).equals(theirBytes)).toBe(true);
    const forced = await handlers.saveProject({
      path: file,
      session,
      project: mine,
      suggestedName: 'story',
      overwrite: true,
    });
    expect(forced.ok).toBe(true);
    expect(JSON.parse(readFileSync(file, 'utf8')).article.title).toBe('My headline');
  });

  it('merges their claim edits with mine by id, reports a claim both changed, then saves without conflict', async () => {
    const { handlers, file, project, session } = await openCopyOfDemo();
    const [first, second] = project.claims;
    saveAsColleague(file, (p) => ({
      ...p,
      claims: p.claims.map((c) =>
        c.id === first.id ? { ...c, note: 'their note' } : c.id === second.id ? { ...c, verdict: 'false' as const } : c,
      ),
    }));
    const mine = { ...project, claims: project.claims.map((c) => (c.id === first.id ? { ...c, note: 'my note' } : c)) };
    const merged = await handlers.mergeWithDisk(session, mine);
    if (!merged.ok) throw new Error(merged.message);
    expect(merged.conflicts.map((c) => [c.claimId, c.mine.note, c.theirs.note])).toEqual([
      [first.id, 'my note', 'their note'],
    ]);
    expect(merged.project.claims.find((c) => c.id === second.id)?.verdict).toBe('false');
    expect(merged.project.claims).toHaveLength(project.claims.length);
    const saved = await handlers.saveProject({ path: file, session, project: merged.project, suggestedName: 'story' });
    expect(saved.ok).toBe(true);
  });
});

describe('reloading after an outside change', () => {
  it('leaves the opened version as the base until the window takes the reload: a save stops, and Merge keeps both', async () => {
    const { handlers, file, project, session } = await openCopyOfDemo();
    saveAsColleague(file, (p) => ({ ...p, article: { ...p.article, title: 'Their headline' } }));
    const reloaded = await handlers.reloadFromDisk();
    expect(reloaded.ok && reloaded.project.article.title).toBe('Their headline');
    // The window typed meanwhile, so it keeps its own version and session.
    const mine = { ...project, article: { ...project.article, byline: 'My byline' } };
    expect(await handlers.saveProject({ path: file, session, project: mine, suggestedName: 'story' })).toMatchObject({
      ok: false,
      conflict: true,
    });
    const merged = await handlers.mergeWithDisk(session, mine);
    if (!merged.ok) throw new Error(merged.message);
    expect([merged.project.article.title, merged.project.article.byline]).toEqual(['Their headline', 'My byline']);
    expect(
      (await handlers.saveProject({ path: file, session, project: merged.project, suggestedName: 'story' })).ok,
    ).toBe(true);
    const saved = JSON.parse(readFileSync(file, 'utf8'));
    expect([saved.article.title, saved.article.byline, saved.sources.length]).toEqual([
      'Their headline',
      'My byline',
      project.sources.length,
    ]);
  });

  it('once taken, the reloaded version is the one saved over, without a conflict; only the latest read can be taken', async () => {
    const { handlers, file } = await openCopyOfDemo();
    saveAsColleague(file, (p) => ({ ...p, article: { ...p.article, title: 'Their headline' } }));
    const stale = await handlers.reloadFromDisk();
    const reloaded = await handlers.reloadFromDisk();
    if (!stale.ok || !reloaded.ok) throw new Error('reload failed');
    expect(await handlers.acceptReload(reloaded.session)).toBe(true);
    expect(await handlers.acceptReload(stale.session)).toBe(false);
    const mine = { ...reloaded.project, article: { ...reloaded.project.article, byline: 'My byline' } };
    expect(
      (await handlers.saveProject({ path: file, session: reloaded.session, project: mine, suggestedName: 'story' })).ok,
    ).toBe(true);
    expect(JSON.parse(readFileSync(file, 'utf8')).article).toMatchObject({
      title: 'Their headline',
      byline: 'My byline',
    });
  });
});

describe('a second window on the same file', () => {
  it('opens it read-only with a warning and cannot save over it', async () => {
    const first = await openCopyOfDemo();
    const second = handlerSetup();
    cleanups.push(() => second.handlers.closeProjectFile());
    second.handlers.allowOpening(first.file);
    const opened = await second.handlers.openProjectPath(first.file);
    expect(opened.ok && opened.readOnly).toMatch(
      /^This project is open in another Factdesk window \(.+\)\. It is read-only here: use Save As/,
    );
    const before = readFileSync(first.file);
    const saved = await second.handlers.saveProject({
      path: first.file,
      session: first.session,
      project: first.project,
      suggestedName: 'story',
    });
    expect(saved.ok).toBe(false);
    expect(readFileSync(first.file).equals(before)).toBe(true);
    await first.handlers.closeProjectFile();
    const again = await second.handlers.openProjectPath(first.file);
    expect(again.ok && again.readOnly).toBeNull();
  });
});
