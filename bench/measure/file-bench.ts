import { promises as fs } from 'node:fs';
import path from 'node:path';
import { dispatchCall } from '../../main/dispatch';
import { createHandlers } from '../../main/handlers';
import { JsonSettingsStore } from '../../main/services/settings/json-settings-store';
import { parseProjectText, serializeProject } from '../../shared/project/project-file';
import type { OpenResult } from '../../shared/api';
import type { Project } from '../../shared/project/schema';
import { median } from './stats';

/**
 * Save and open-parse in "main" (Node), each next to the bare JSON work:
 * - save: the saveProject call as IPC delivers it — the window's project as
 *   JSON text (sources without their texts), parsed and validated (zod), the texts
 *   put back from main's session, anchors refreshed, serialised, previous
 *   version kept as .bak, atomic write with fsync — vs JSON.stringify +
 *   fs.writeFile of the whole project;
 * - parse: parse + validate + migrate (parseProjectText) vs JSON.parse.
 */

async function timeMedian(runs: number, work: () => Promise<unknown> | unknown): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  return median(times);
}

export async function saveFigures(
  project: Project,
  folder: string,
  runs = 5,
): Promise<{ value: number; baseline: number }> {
  const file = path.join(folder, 'save-bench.factdesk');
  const handlers = createHandlers({
    dialogs: {
      chooseProjectToOpen: async () => null,
      chooseSavePath: async () => null,
      chooseArticleToImport: async () => null,
      chooseExportPath: async () => null,
      chooseSourceFile: async () => null,
    },
    userDataDir: path.join(folder, 'user'),
    emit: () => {},
    printToPdf: async () => new Uint8Array(),
    openPath: async () => '',
    settings: new JsonSettingsStore(path.join(folder, 'settings.json')),
    clock: () => new Date(),
    platform: 'linux',
    demoProjectPath: '',
    initialProjectPath: null,
    closeWindow: () => {},
  });
  await fs.writeFile(file, serializeProject(project));
  // Opened as the window would: main keeps the source texts, the window's project has none.
  const opened = (await dispatchCall(handlers, 'openProjectPath', [file])) as OpenResult;
  if (!opened.ok) throw new Error(`bench: the workload does not open: ${opened.message}`);
  // As the window sends it: the project's JSON text (main parses and validates it).
  const request = {
    path: file,
    session: opened.session,
    project: JSON.stringify(opened.project),
    suggestedName: 'save-bench',
  };
  await dispatchCall(handlers, 'saveProject', [request]); // so every timed save also keeps a backup
  const value = await timeMedian(runs, async () => {
    const saved = (await dispatchCall(handlers, 'saveProject', [request])) as { ok: boolean };
    if (!saved.ok) throw new Error(`bench: save failed: ${JSON.stringify(saved)}`);
  });
  await dispatchCall(handlers, 'closeProjectFile', []); // release the file's lock for the next workload
  const plainFile = path.join(folder, 'plain.json');
  const baseline = await timeMedian(runs, () => fs.writeFile(plainFile, JSON.stringify(project)));
  return { value, baseline };
}

export async function parseFigures(project: Project, runs = 5): Promise<{ value: number; baseline: number }> {
  const text = serializeProject(project);
  const value = await timeMedian(runs, () => {
    if (!parseProjectText(text).ok) throw new Error('bench: the workload does not parse');
  });
  const baseline = await timeMedian(runs, () => JSON.parse(text));
  return { value, baseline };
}
