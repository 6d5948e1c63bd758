import { randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline';
import { acquireLock, thisProcessOwner } from '../../../main/services/project-file/file-lock';

/**
 * Run by lock-takeover-race.test.ts: one Factdesk "instance" per process.
 * For each line `go FILE` on stdin it tries to lock FILE at once and answers
 * `held FILE` or `refused FILE` (it never releases: the test counts holders).
 */
const owner = thisProcessOwner(randomUUID());

createInterface({ input: process.stdin }).on('line', (line) => {
  const file = line.replace(/^go /, '');
  acquireLock(file, owner, () => new Date()).then(
    (attempt) => process.stdout.write(`${attempt.ok ? 'held' : 'refused'} ${file}\n`),
    (error: Error) => process.stdout.write(`error ${file} ${error.message}\n`),
  );
});
process.stdout.write('ready\n');
