import Store from 'electron-store';
import { DEFAULT_SETTINGS, type Settings, type SettingsStore } from './services/settings-store';

/** The app's settings on disk, kept by electron-store in the user-data folder. */
export function createElectronSettings(): SettingsStore {
  const store = new Store<Settings>({
    name: 'settings',
    defaults: DEFAULT_SETTINGS,
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
    },
  });
  return {
    get: (key) => store.get(key),
    set: (key, value) => store.set(key, value),
  };
}
