import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ProjectSession } from '../../../main/project/project-session';
import { JsonSettingsStore } from '../../../main/services/settings/json-settings-store';
import { DEMO } from './handler-setup';

/**
 * Main's project sessions on a copy of the demo in a folder of their own,
 * for tests of what a session writes to disk; `closeDemoSessions` (in
 * afterEach) closes them and removes the folders.
 */

const sessions: ProjectSession[] = [];
const folders: string[] = [];

/** A folder holding `story.factdesk`, a copy of the demo. */
export function demoCopy(prefix: string): { dir: string; file: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  folders.push(dir);
  const file = path.join(dir, 'story.factdesk');
  copyFileSync(DEMO, file);
  return { dir, file };
}

/** A session with its settings in the folder, no Save dialog and a watcher that never fires during a test. */
export function demoSession(dir: string): ProjectSession {
  const session = new ProjectSession({
    clock: () => new Date(),
    settings: new JsonSettingsStore(path.join(dir, 'user', 'settings.json')),
    userDataDir: path.join(dir, 'user'),
    chooseSavePath: async () => null,
    onOutsideChange: () => undefined,
    watchIntervalMs: 1_000_000,
  });
  sessions.push(session);
  return session;
}

export async function closeDemoSessions(): Promise<void> {
  for (const session of sessions.splice(0)) await session.close();
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
}
