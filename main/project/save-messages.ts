import { nothingSaved } from '../services/disk/write-errors';
import type { LockInfo } from '../services/project-file/file-lock';

/** What the window shows when a save (or an open) meets someone else's lock, or the disk refuses. */

export function describeLockHolder(holder: LockInfo): string {
  const who = holder.user ? `${holder.user} on ${holder.hostname}` : holder.hostname;
  return `This project is open in another Factdesk window (${who}). It is read-only here: use Save As to keep your changes in a copy.`;
}

const SAVE_ADVICE: Record<string, string> = {
  ENOSPC: 'free some space, or use Save As to save it on another disk',
  EREADONLY: 'make the file writable, or use Save As to keep your changes in a copy',
};

export function saveFailureMessage(error: unknown, filePath: string): string {
  const advice = SAVE_ADVICE[(error as NodeJS.ErrnoException)?.code ?? ''] ?? 'use Save As to save it somewhere else';
  return `${nothingSaved(error, filePath)}. Your work is still open; ${advice}.`;
}
