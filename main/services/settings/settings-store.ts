import { z } from 'zod';
import type { RecentProject } from '../../../shared/api';
import type { Identity } from '../../../shared/settings/identity';
import { DEFAULT_PREFERENCES, type Preferences } from '../../../shared/settings/preferences';
import type { ProjectLayout } from './project-layouts';
import type { SharedProject, StoredToken } from '../collab/collab-settings';

/** What main keeps between runs (electron-store in the app, a JSON file in tests). */
export interface Settings {
  recentProjects: RecentProject[];
  identity: Identity | null;
  preferences: Preferences;
  /** Where the window was when it last closed. */
  windowBounds: WindowBounds | null;
  /** Window and panel layout per project file, most recently used first. */
  projectLayouts: ProjectLayout[];
  /** Projects shared on a collaboration server, most recently opened first (main/services/collab). */
  sharedProjects: SharedProject[];
  /** Access tokens by server address, encrypted where the system can (main/services/collab/token-vault.ts). */
  collabTokens: Record<string, StoredToken>;
}

export interface WindowBounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const DEFAULT_SETTINGS: Settings = {
  recentProjects: [],
  identity: null,
  preferences: DEFAULT_PREFERENCES,
  windowBounds: null,
  projectLayouts: [],
  sharedProjects: [],
  collabTokens: {},
};

/** The settings file's shape, checked when it is opened; keys we do not know yet are allowed. */
export const SettingsSchema = z
  .object({
    recentProjects: z.array(z.object({ path: z.string(), name: z.string(), openedAt: z.string() })).optional(),
  })
  .loose();

export interface SettingsStore {
  get<K extends keyof Settings>(key: K): Settings[K];
  set<K extends keyof Settings>(key: K, value: Settings[K]): void;
}
