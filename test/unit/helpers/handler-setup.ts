import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHandlers, type HandlerDeps } from '../../../main/handlers';
import { JsonSettingsStore } from '../../../main/services/settings/json-settings-store';

export const DEMO = path.resolve(__dirname, '../../../demo/city-water-demo.factdesk');

/** createHandlers with test doubles: dialogs answered from `answers`, events collected, a fixed clock unless given. */
export function handlerSetup(overrides: Partial<HandlerDeps> = {}) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'factdesk-handlers-'));
  const events: { event: string; payload: unknown }[] = [];
  const answers = { open: DEMO as string | null, save: path.join(dir, 'chosen') as string | null };
  const deps: HandlerDeps = {
    dialogs: {
      chooseProjectToOpen: async () => answers.open,
      chooseSavePath: async () => answers.save,
      chooseArticleToImport: async () => null,
      chooseExportPath: async () => null,
      chooseSourceFile: async () => null,
    },
    printToPdf: async (html) => new TextEncoder().encode(`%PDF-fake ${html.length}`),
    openPath: async () => '',
    settings: new JsonSettingsStore(path.join(dir, 'user', 'settings.json')),
    clock: () => new Date(),
    platform: 'linux',
    demoProjectPath: DEMO,
    initialProjectPath: null,
    closeWindow: () => undefined,
    userDataDir: path.join(dir, 'user'),
    emit: (event, payload) => void events.push({ event, payload }),
    watchIntervalMs: 40,
    ...overrides,
  };
  return { dir, events, answers, deps, handlers: createHandlers(deps) };
}
