import path from 'node:path';
import Store from 'electron-store';
import { writeFileAtomicSync } from '../services/disk/atomic-write';
import { checkSettingsFile, setSettingsFileAside } from '../services/settings/settings-file-guard';
import { describeWriteError, WriteFailure } from '../services/disk/write-errors';
import { DEFAULT_SETTINGS, type Settings, type SettingsStore } from '../services/settings/settings-store';

/**
 * electron-store writes with `atomically`, which, like write-file-atomic,
 * ignores a short write: on a nearly full disk settings.json would be cut
 * short and still renamed into place. This store writes through our own
 * atomic write instead (every byte counted), from its first write on.
 */
class CheckedStore extends Store<Settings> {}
Object.defineProperty(CheckedStore.prototype, '_write', {
  value(this: { path: string; _serialize(value: unknown): string }, value: unknown): void {
    try {
      writeFileAtomicSync(this.path, this._serialize(value));
    } catch (error) {
      throw new WriteFailure(error, this.path);
    }
  },
});

/**
 * The app's settings on disk, kept by electron-store in the user-data folder.
 * A damaged file is set aside (never cleared) before the store opens it, and
 * `notice` says so to the user.
 */
export function createElectronSettings(
  userDataDir: string,
  clock: () => Date,
): { settings: SettingsStore; notice: string | null } {
  const file = path.join(userDataDir, 'settings.json');
  let { notice } = checkSettingsFile(file, clock());
  const open = () =>
    new CheckedStore({
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
        // Checked field by field on read (shared/settings/preferences.ts), so a bad value falls back to its default.
        preferences: { type: 'object' },
        windowBounds: {
          type: ['object', 'null'],
          properties: {
            x: { type: 'number' },
            y: { type: 'number' },
            width: { type: 'number' },
            height: { type: 'number' },
          },
        },
        // Checked entry by entry on read (services/settings/project-layouts.ts).
        projectLayouts: { type: 'array' },
        // Checked entry by entry on read (services/collab).
        sharedProjects: { type: 'array' },
        collabTokens: { type: 'object' },
      },
    });
  const opened = (() => {
    try {
      return open();
    } catch (error) {
      if (error instanceof WriteFailure) return error;
      // Something our check let through but electron-store refuses: same treatment.
      notice = setSettingsFileAside(file, error instanceof Error ? error.message : String(error), clock()).notice;
      return open();
    }
  })();
  if (opened instanceof WriteFailure) {
    // A first start on a full disk: the store writes its defaults and cannot. Start anyway, and say so.
    return {
      settings: settingsInMemory(),
      notice: `Factdesk could not write its preferences file: ${describeWriteError(opened.cause, file)}. Changes to your preferences last only until Factdesk closes.`,
    };
  }
  return {
    settings: { get: (key) => opened.get(key), set: (key, value) => opened.set(key, value) },
    notice,
  };
}

function settingsInMemory(): SettingsStore {
  const data: Settings = { ...DEFAULT_SETTINGS };
  return { get: (key) => data[key], set: (key, value) => void (data[key] = value) };
}
