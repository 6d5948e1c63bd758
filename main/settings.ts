import path from 'node:path';
import Store from 'electron-store';
import { checkSettingsFile, setSettingsFileAside } from './services/settings-file-guard';
import { DEFAULT_SETTINGS, type Settings, type SettingsStore } from './services/settings-store';

/**
 * The app's settings on disk, kept by electron-store in the user-data folder.
 * A damaged file is set aside (never cleared) before the store opens it, and
 * `notice` says so to the user.
 */
export function createElectronSettings(userDataDir: string, clock: () => Date): { settings: SettingsStore; notice: string | null } {
  const file = path.join(userDataDir, 'settings.json');
  let { notice } = checkSettingsFile(file, clock());
  const open = () =>
    new Store<Settings>({
      name: 'settings',
      cwd: userDataDir,
      defaults: DEFAULT_SETTINGS,
      clearInvalidConfig: false,
      schema: {
        recentProjects: {
          type: 'array',
          items: {
            type: 'object',
            properties: { path: { type: 'string' }, name: { type: 'string' }, openedAt: { type: 'string' } },
            required: ['path', 'name', 'openedAt'],
          },
        },
        identity: {
          type: ['object', 'null'],
          properties: { name: { type: 'string' }, role: { type: 'string', enum: ['checker', 'editor'] } },
          required: ['name', 'role'],
        },
        // Checked field by field on read (shared/preferences.ts), so a bad value falls back to its default.
        preferences: { type: 'object' },
        windowBounds: {
          type: ['object', 'null'],
          properties: { x: { type: 'number' }, y: { type: 'number' }, width: { type: 'number' }, height: { type: 'number' } },
        },
        // Checked entry by entry on read (services/project-layouts.ts).
        projectLayouts: { type: 'array' },
      },
    });
  let store: Store<Settings>;
  try {
    store = open();
  } catch (error) {
    // Something our check let through but electron-store refuses: same treatment.
    notice = setSettingsFileAside(file, error instanceof Error ? error.message : String(error), clock()).notice;
    store = open();
  }
  return {
    settings: { get: (key) => store.get(key), set: (key, value) => store.set(key, value) },
    notice,
  };
}
