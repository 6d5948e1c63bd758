import { promises as fs } from 'node:fs';
import { readFingerprint, sameContent, sameStat, type FileFingerprint } from './file-fingerprint';

/**
 * Polls an open project file and calls `onChange` once per outside change
 * to its content. Polling (not fs.watch) because it also works on network
 * shares, where change notifications are unreliable. The owner pauses it
 * around its own saves by updating `expected`.
 */
export class FileWatcher {
  private timer: NodeJS.Timeout;
  private reported: string | null = null;
  private checking = false;

  constructor(
    private readonly filePath: string,
    private expected: FileFingerprint,
    private readonly onChange: () => void,
    private readonly isBusy: () => boolean,
    intervalMs: number,
  ) {
    this.timer = setInterval(() => void this.check(), intervalMs);
    this.timer.unref?.();
  }

  /** The content we now know (after our own save, or after the user has seen theirs). */
  expect(fingerprint: FileFingerprint): void {
    this.expected = fingerprint;
    this.reported = null;
  }

  async check(): Promise<void> {
    if (this.checking || this.isBusy()) return;
    this.checking = true;
    try {
      const stat = await fs.stat(this.filePath).catch(() => null);
      if (!stat || sameStat(stat, this.expected)) return;
      const now = await readFingerprint(this.filePath);
      if (!now || this.isBusy()) return;
      if (sameContent(this.expected, now)) {
        this.expected = now; // touched, not changed
        return;
      }
      if (now.sha256 === this.reported) return;
      this.reported = now.sha256;
      this.onChange();
    } finally {
      this.checking = false;
    }
  }

  stop(): void {
    clearInterval(this.timer);
  }
}
