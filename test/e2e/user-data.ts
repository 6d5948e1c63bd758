import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The text of every crash backup in the app's user-data folder. */
export function backupsIn(userDataDir: string): string[] {
  const folder = path.join(userDataDir, 'backups');
  return existsSync(folder) ? readdirSync(folder).map((name) => readFileSync(path.join(folder, name), 'utf8')) : [];
}
