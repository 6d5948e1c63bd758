import { z } from 'zod';

/**
 * When work reaches the disk without the user saving (Preferences).
 * Crash backups go to the user-data folder after edits pause for
 * `backupDelaySeconds` (0: never). Autosave writes the project file itself,
 * through the ordinary save (so a read-only or changed file is never
 * overwritten silently), in the spirit of VS Code's files.autoSave:
 * `after-delay` once edits pause for `autoSaveMinutes`, `on-focus-change`
 * when the window loses focus, or `off`.
 */
export const BACKUP_DELAYS_SECONDS = [1, 5, 30, 0] as const;
export const BackupDelaySeconds = z.literal(BACKUP_DELAYS_SECONDS);

export const AUTO_SAVE_MODES = ['off', 'after-delay', 'on-focus-change'] as const;
export type AutoSaveMode = (typeof AUTO_SAVE_MODES)[number];
export const AutoSaveMode = z.enum(AUTO_SAVE_MODES);

export const AUTO_SAVE_MINUTES = [1, 2, 5, 10, 15, 30] as const;
export const AutoSaveMinutes = z.number().int().min(1).max(60);
