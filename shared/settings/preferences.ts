import { z } from 'zod';
import { AutoSaveMinutes, AutoSaveMode, BackupDelaySeconds } from './save-timing';
import { TagColours, tagColoursFrom } from '../claims/tag-colours';
import { VerdictLabels, verdictLabelsFrom } from '../claims/verdict-labels';

/** App-wide preferences (electron-store), with defaults for every field. */
export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export const FONT_SIZES = [14, 16, 17, 18, 20, 22] as const;
export const MIN_SIDE_WIDTH = 280;
export const MAX_SIDE_WIDTH = 720;

/** Complete preferences, as the app sends them to be saved (every field required). */
export const Preferences = z
  .object({
    theme: z.enum(THEMES),
    editorFontSize: z.number().int().min(12).max(28),
    organisationName: z.string().max(200),
    organisationUrl: z.string().max(500),
    sidePanelWidth: z.number().int().min(MIN_SIDE_WIDTH).max(MAX_SIDE_WIDTH),
    backupDelaySeconds: BackupDelaySeconds,
    autoSave: AutoSaveMode,
    autoSaveMinutes: AutoSaveMinutes,
    verdictLabels: VerdictLabels,
    tagColours: TagColours,
  })
  .strict();
export type Preferences = z.infer<typeof Preferences>;

const DEFAULT_WORK_PREFERENCES = {
  backupDelaySeconds: 1,
  autoSave: 'off',
  autoSaveMinutes: 5,
  verdictLabels: {},
  tagColours: {},
} as const;

/** Fields whose entries are repaired one by one rather than defaulted as a whole. */
const ENTRY_REPAIRS: Partial<Record<keyof Preferences, (raw: unknown) => unknown>> = {
  verdictLabels: verdictLabelsFrom,
  tagColours: tagColoursFrom,
};

export const DEFAULT_PREFERENCES: Preferences = {
  theme: 'system',
  editorFontSize: 17,
  organisationName: '',
  organisationUrl: '',
  sidePanelWidth: 360,
  ...DEFAULT_WORK_PREFERENCES,
};

/** Settings read from disk may be partial or hand-edited: keep what is valid, default the rest. */
export function preferencesFrom(raw: unknown): Preferences {
  const source = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const result: Record<string, unknown> = {};
  for (const key of Object.keys(Preferences.shape) as (keyof Preferences)[]) {
    const field = Preferences.shape[key].safeParse(source[key]);
    result[key] = field.success ? field.data : (ENTRY_REPAIRS[key]?.(source[key]) ?? DEFAULT_PREFERENCES[key]);
  }
  return result as Preferences;
}
