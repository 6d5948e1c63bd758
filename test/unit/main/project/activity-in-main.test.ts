import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatchCall } from '../../../../main/dispatch';
import { loadProjectFile } from '../../../../main/services/project-file/project-io';
import type { ActivityPage } from '../../../../shared/activity/activity-log';
import type { MergeResultData, OpenResult, SaveResult } from '../../../../shared/api';
import { serializeProject } from '../../../../shared/project/project-file';
import { refreshClaimAnchors } from '../../../../shared/anchoring/refresh-claim-anchors';
import { DEFAULT_REPORT_OPTIONS } from '../../../../shared/report/options';
import { renderReport } from '../../../../shared/report/render';
import type { ActivityEntry, Project, ProjectView } from '../../../../shared/project/schema';
import { DEMO, handlerSetup } from '../../helpers/handler-setup';

/**
 * The window gets the activity log's key, not its entries; main keeps the log
 * as it handed it over and puts it back, before the window's newer entries,
 * wherever the project leaves the app. Calls go through dispatchCall with
 * structured-cloned arguments, as over IPC.
 */

const NOW = new Date('2026-11-25T12:00:00Z');
const PEOPLE = ['Ada Mensah', 'Hanna Berg', 'Priya Shah'];
const setups: ReturnType<typeof handlerSetup>[] = [];
afterEach(async () => {
  for (const { handlers } of setups.splice(0)) await handlers.closeProjectFile();
});

function entry(i: number, claimId: string | null, actor = PEOPLE[i % PEOPLE.length]): ActivityEntry {
  return {
    id: `act_${String(i).padStart(4, '0')}`,
    at: new Date(Date.UTC(2026, 9, 1) + i * 60_000).toISOString(),
    actor,
    action: i % 2 ? 'claim.verdict' : 'claim.created',
    claimId,
    detail: i % 5 ? '' : `detail ${i}`,
  };
}

async function projectWithLog(count: number): Promise<Project> {
  const loaded = await loadProjectFile(DEMO);
  if (!loaded.ok) throw new Error(loaded.message);
  const claimIds = loaded.project.claims.map((claim) => claim.id);
  return {
    ...loaded.project,
    activity: Array.from({ length: count }, (_, i) => entry(i, i % 7 === 0 ? null : claimIds[i % claimIds.length])),
  };
}

async function open(count = 450) {
  const setup = handlerSetup({ clock: () => NOW });
  setups.push(setup);
  const full = await projectWithLog(count);
  const file = path.join(setup.dir, 'story.factdesk');
  writeFileSync(file, serializeProject(full));
  const call = (method: string, ...args: unknown[]) => dispatchCall(setup.handlers, method, structuredClone(args));
  // As when the OS hands the file over (a double-click): the window then asks for it by path.
  setup.handlers.allowOpening(file);
  const opened = (await call('openProjectPath', file)) as OpenResult;
  if (!opened.ok) throw new Error(opened.message);
  return { ...setup, file, full, call, view: opened.project, session: opened.session };
}

const save = (
  call: (method: string, ...args: unknown[]) => Promise<unknown>,
  file: string,
  session: string,
  project: ProjectView,
  overwrite = false,
) => call('saveProject', { path: file, session, project, suggestedName: 'story', overwrite }) as Promise<SaveResult>;

const savedBytes = (project: Project) =>
  serializeProject(refreshClaimAnchors({ ...project, updatedAt: NOW.toISOString() }));

describe('the activity log kept in main', () => {
  it('reaches the window as a key, with none of its entries', async () => {
    const { view } = await open();
    expect(view.activity).toEqual([]);
    expect(view.heldActivity).toMatch(/.+/);
  });

  it('is written back byte for byte on save, with the window’s newer entries after it', async () => {
    const { call, file, session, view, full } = await open();
    expect((await save(call, file, session, view)).ok).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(savedBytes(full));
    const newer = [entry(9001, full.claims[0].id, 'Dana Okoye'), entry(9002, null, 'Dana Okoye')];
    expect((await save(call, file, session, { ...view, activity: newer })).ok).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(savedBytes({ ...full, activity: [...full.activity, ...newer] }));
  });

  it('goes into crash backups and the export preview whole', async () => {
    const { call, session, view, full, deps } = await open();
    const newer = [entry(9001, full.claims[1].id, 'Dana Okoye')];
    const { key } = (await call('writeBackup', {
      path: null,
      name: 'story',
      session,
      project: { ...view, activity: newer },
    })) as { key: string };
    const backup = JSON.parse(readFileSync(path.join(deps.userDataDir, 'backups', `${key}.json`), 'utf8'));
    expect(backup.project.activity).toEqual([...full.activity, ...newer]);
    const html = await call('previewReport', { session, project: view, options: DEFAULT_REPORT_OPTIONS });
    expect(html).toBe(renderReport(refreshClaimAnchors(full), 'html', DEFAULT_REPORT_OPTIONS));
  });

  it('merges with a colleague’s log on disk; a merge the window dropped still saves its own log', async () => {
    const { call, file, session, view, full } = await open(30);
    const theirs = entry(5000, null, 'Tomasz Wrona');
    writeFileSync(file, serializeProject({ ...full, activity: [...full.activity, theirs] }));
    const mine = [entry(9001, full.claims[0].id, 'Dana Okoye')];
    const merged = (await call('mergeWithDisk', session, { ...view, activity: mine })) as MergeResultData;
    if (!merged.ok) throw new Error(merged.message);
    expect(merged.project.activity).toEqual([]);
    expect(merged.project.heldActivity).not.toBe(view.heldActivity);
    expect((await save(call, file, session, merged.project)).ok).toBe(true);
    expect(JSON.parse(readFileSync(file, 'utf8')).activity).toEqual([...full.activity, theirs, ...mine]);
    // The older view (a merge cancelled while picking claims) joins the log it was opened with.
    expect((await save(call, file, session, { ...view, activity: mine }, true)).ok).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(savedBytes({ ...full, activity: [...full.activity, ...mine] }));
  });

  it('pages through the log newest first, filtered, naming everyone in it', async () => {
    const { call, session, view, full } = await open();
    const read = (query: object) =>
      call('readActivity', session, {
        heldActivity: view.heldActivity,
        actor: null,
        claimId: null,
        skip: 0,
        limit: 200,
        ...query,
      }) as Promise<ActivityPage | null>;
    const first = await read({});
    expect(first?.entries).toEqual(full.activity.slice(-200).reverse());
    expect(first?.more).toBe(true);
    expect((await read({ skip: 400 }))?.entries).toEqual(full.activity.slice(0, 50).reverse());
    expect((await read({ skip: 400 }))?.more).toBe(false);
    expect(first?.actors.sort()).toEqual(PEOPLE);
    expect(first?.claimIds.sort()).toEqual(full.claims.map((claim) => claim.id).sort());
    const claimId = full.claims[2].id;
    const hers = await read({ actor: 'Hanna Berg', claimId });
    expect(hers?.entries).toEqual(
      full.activity.filter((e) => e.actor === 'Hanna Berg' && e.claimId === claimId).reverse(),
    );
    expect(await read({ heldActivity: 'not-a-log-main-holds' })).toBeNull();
  });

  it('refuses a view naming a log main does not hold, and writes nothing', async () => {
    const { call, file, session, view } = await open();
    const before = readFileSync(file);
    const result = await save(call, file, session, { ...view, heldActivity: 'from-another-session' });
    expect(result).toEqual({ ok: false, message: expect.stringContaining('activity log') });
    expect(readFileSync(file).equals(before)).toBe(true);
  });
});
