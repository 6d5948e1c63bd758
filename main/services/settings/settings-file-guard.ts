import { existsSync, readFileSync, renameSync } from 'node:fs';
import path from 'node:path';
import { SettingsSchema } from './settings-store';

/**
 * Checked before the settings store opens its file: a damaged file (not
 * JSON, or not the shape we write) is moved aside, never wiped, and the user
 * is told; the store then starts from defaults. electron-store's own
 * `clearInvalidConfig` would delete the file silently, so it stays off.
 */

export interface SettingsFileCheck {
  /** A message for the user, or null when the file was fine (or absent). */
  notice: string | null;
  movedTo: string | null;
}

function problemWith(file: string): string | null {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? null : 'it could not be read';
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return 'it is not valid JSON';
  }
  return SettingsSchema.safeParse(data).success ? null : 'it does not hold Factdesk preferences in the expected form';
}

function asideName(file: string, now: Date): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const { dir, name, ext } = path.parse(file);
  let candidate = path.join(dir, `${name}.damaged-${stamp}${ext}`);
  for (let n = 2; existsSync(candidate); n += 1) candidate = path.join(dir, `${name}.damaged-${stamp}-${n}${ext}`);
  return candidate;
}

/** Move a damaged file aside (whatever the reason) and say so. */
export function setSettingsFileAside(file: string, reason: string, now: Date): SettingsFileCheck {
  const movedTo = asideName(file, now);
  renameSync(file, movedTo);
  return {
    notice: `Your preferences could not be used (${reason}), so Factdesk started with its default preferences. The old file was kept as ‘${path.basename(movedTo)}’ in ${path.dirname(movedTo)}.`,
    movedTo,
  };
}

export function checkSettingsFile(file: string, now: Date): SettingsFileCheck {
  const problem = problemWith(file);
  return problem ? setSettingsFileAside(file, problem, now) : { notice: null, movedTo: null };
}
