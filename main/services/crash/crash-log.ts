import { appendFile, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from '../disk/atomic-write';

/**
 * A local record of crashes — the window's page gone, a helper process gone,
 * an error that blanked the window — that the user can open from Help (or
 * from the crash screen) and send to whoever supports them. Plain text, in
 * the user-data folder, never sent anywhere. Kept small: past its limit the
 * oldest entries go.
 */

export const CRASH_LOG_NAME = 'crash-log.txt';
const HEADER = 'Factdesk crash log: what went wrong, newest last. It stays on this computer.\n\n';
const ENTRY_MARK = '=== ';

export type CrashDetails = Record<string, string | number | null | undefined>;

export class CrashLog {
  readonly file: string;

  constructor(
    userDataDir: string,
    private readonly clock: () => Date,
    private readonly appVersion: string,
    private readonly maxBytes = 256 * 1024,
  ) {
    this.file = path.join(userDataDir, CRASH_LOG_NAME);
  }

  async append(title: string, details: CrashDetails): Promise<void> {
    const lines = Object.entries(details)
      .filter(([, value]) => value !== undefined && value !== null && value !== '')
      .map(([key, value]) => `${key}: ${String(value).replace(/\n/g, '\n  ')}`);
    const entry = `${ENTRY_MARK}${this.clock().toISOString()} · Factdesk ${this.appVersion} · ${title}\n${lines.join('\n')}\n\n`;
    await this.ensureExists();
    await appendFile(this.file, entry, 'utf8');
    await this.trim();
  }

  /** So that "Open Crash Log" always opens something, even before the first crash. */
  async ensureExists(): Promise<void> {
    await writeFile(this.file, HEADER, { encoding: 'utf8', flag: 'wx' }).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST') throw error;
    });
  }

  /** Over the limit: keep the header and the newest entries that fit in half of it. */
  private async trim(): Promise<void> {
    if ((await stat(this.file)).size <= this.maxBytes) return;
    const entries = (await readFile(this.file, 'utf8'))
      .split(`\n${ENTRY_MARK}`)
      .slice(1)
      .map((entry) => `${ENTRY_MARK}${entry.replace(/\n*$/, '')}\n\n`);
    const kept: string[] = [];
    let size = Buffer.byteLength(HEADER);
    for (const entry of entries.reverse()) {
      size += Buffer.byteLength(entry);
      if (size > this.maxBytes / 2 && kept.length > 0) break;
      kept.unshift(entry);
    }
    await writeFileAtomic(this.file, HEADER + kept.join(''));
  }
}
