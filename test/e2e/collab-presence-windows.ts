import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { alignedState } from '../../main/project-doc/document-state';
import { parseProjectText, serializeProject } from '../../shared/project/project-file';
import type { Role } from '../../shared/settings/identity';
import { startServe, tempDir as serverDir, type RunningServe } from '../collab/helpers/processes';
import { addUsers } from '../collab/helpers/users';
import { DEMO_PROJECT, launchApp, type LaunchedApp, type LaunchOptions } from './harness';

/**
 * Two app windows on one shared project, for the presence spec and the
 * screenshot in docs/: a real `factdesk serve` on 127.0.0.1 (the tests stop
 * it by pid), two users, and the demo project saved with its document state,
 * one copy per window. Both copies hold the same stored state, so their
 * articles merge on the server without being doubled. Each window is told it
 * is shared through main's `sharedConnection` answer (what Share project…
 * leaves behind).
 */

export const PEOPLE = { checker: 'Chris Lund', editor: 'Priya Nair' } as const;

export interface SharedSetup {
  serve: RunningServe;
  tokens: Record<string, string>;
}

export async function startSharedServer(): Promise<SharedSetup> {
  const dataDir = serverDir('presence-e2e');
  const tokens = addUsers(dataDir, { [PEOPLE.checker]: 'checker', [PEOPLE.editor]: 'editor' });
  return { serve: await startServe(dataDir), tokens };
}

/** The demo project with its document state, written to `folder` as `name`. */
export function sharedDemoCopy(folder: string, name: string): string {
  const parsed = parseProjectText(readFileSync(DEMO_PROJECT, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.problem);
  const file = path.join(folder, name);
  writeFileSync(file, serializeProject(alignedState(parsed.project)));
  return file;
}

export function sharedWindowOptions(
  setup: SharedSetup,
  projectPath: string,
  name: string,
  role: Role,
  extra: Partial<LaunchOptions> = {},
): LaunchOptions {
  return {
    projectPath,
    documentBinding: true,
    identity: { name, role },
    answers: {
      sharedConnection: (documentId: unknown) => ({
        serverUrl: setup.serve.url,
        documentId,
        token: setup.tokens[name],
      }),
    },
    ...extra,
  };
}

export type Launch = (options: LaunchOptions) => Promise<LaunchedApp>;
export const launchShared = launchApp;
