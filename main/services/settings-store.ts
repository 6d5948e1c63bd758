import type { RecentProject } from '../../shared/api';
import type { Identity } from '../../shared/identity';

/** What main keeps between runs (electron-store in the app, a JSON file in tests). */
export interface Settings {
  recentProjects: RecentProject[];
  identity: Identity | null;
}

export const DEFAULT_SETTINGS: Settings = {
  recentProjects: [],
  identity: null,
};

export interface SettingsStore {
  get<K extends keyof Settings>(key: K): Settings[K];
  set<K extends keyof Settings>(key: K, value: Settings[K]): void;
}
