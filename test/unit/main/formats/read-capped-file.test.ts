import { execFileSync } from 'node:child_process';
import { promises as fs, mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  FileTooLarge,
  readCappedFile,
  readFileWithin,
  UnreadableFile,
} from '../../../../main/formats/read-capped-file';
import { SIZE_LIMITS } from '../../../../main/formats/size-limits';

const dir = mkdtempSync(path.join(os.tmpdir(), 'factdesk-read-'));

async function refusal(read: Promise<unknown>): Promise<UnreadableFile> {
  const error = await read.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof UnreadableFile)) throw new Error(`expected a refusal, got ${String(error)}`);
  return error;
}

afterEach(() => vi.restoreAllMocks());

describe('readCappedFile', () => {
  it('reads a regular file, larger than one read, byte for byte', async () => {
    const file = path.join(dir, 'notes.txt');
    const content = Buffer.from('The ferry carried 3,000 passengers a night. '.repeat(5_000));
    writeFileSync(file, content);
    const { bytes } = await readCappedFile(file, 'source');
    expect(bytes.equals(content)).toBe(true);
  });

  it('refuses a folder and a file over the limit for its kind, without reading it', async () => {
    expect((await refusal(readCappedFile(dir, 'project'))).message).toBe('it is a folder, not a file');
    const sparse = path.join(dir, 'huge.factdesk');
    writeFileSync(sparse, '');
    truncateSync(sparse, 10 * 1024 * 1024 * 1024);
    expect((await refusal(readCappedFile(sparse, 'article'))).message).toBe(
      `it is too large (10240 MB; the limit is ${SIZE_LIMITS.article / 1048576} MB)`,
    );
  });

  it.skipIf(process.platform !== 'linux')(
    'counts the limit while reading, not from the size the file reports (/proc says 0 bytes)',
    async () => {
      const error = await refusal(readFileWithin('/proc/self/status', 100));
      expect(error).toBeInstanceOf(FileTooLarge);
      expect(error.message).toBe('it is too large (more than 0 MB; the limit is 0 MB)');
      expect((await readFileWithin('/proc/self/status', 1024 * 1024)).bytes.toString()).toMatch(/^Name:/);
    },
  );

  it.skipIf(process.platform === 'win32')(
    'judges what was opened (fstat), not what the path looked like a moment before',
    async () => {
      const fifo = path.join(dir, 'swapped.factdesk');
      execFileSync('mkfifo', [fifo]);
      // The path check sees a regular file; by the time it is opened, it is a FIFO.
      const regular = await fs.stat(__filename);
      vi.spyOn(fs, 'stat').mockResolvedValue(regular);
      const started = Date.now();
      expect((await refusal(readCappedFile(fifo, 'project'))).message).toBe(
        'it is not a regular file (it is a device, a pipe or a socket)',
      );
      expect(Date.now() - started).toBeLessThan(5_000);
    },
  );
});
