import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * A real, tiny file system (tmpfs) for full-disk tests: writes there run out
 * of room part-way, as on a nearly full drive. Mounting needs root (or the
 * CAP_SYS_ADMIN capability); where that is not allowed, `reason` says why and
 * the tests that need it are skipped with that reason printed.
 */
export interface SmallDisk {
  dir: string;
  unmount(): void;
}

export function mountSmallDisk(kilobytes: number): SmallDisk | { reason: string } {
  if (process.platform !== 'linux') return { reason: `mounting a tmpfs needs Linux (this is ${process.platform})` };
  const dir = mkdtempSync(path.join(os.tmpdir(), 'factdesk-small-disk-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${kilobytes}k,mode=0777`, 'tmpfs', dir], { stdio: 'pipe' });
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    const detail = (error as { stderr?: Buffer }).stderr?.toString().trim() || (error as Error).message;
    return {
      reason: `could not mount a ${kilobytes} KB tmpfs (${detail}); run as root to include the real full-disk tests`,
    };
  }
  return {
    dir,
    unmount: () => {
      execFileSync('umount', [dir], { stdio: 'pipe' });
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
