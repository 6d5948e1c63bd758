import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { streamIo, type OutputStream } from '../../../../main/cli/io';

/**
 * A project's title or text can hold terminal control sequences (set the
 * window title, colours, move the cursor, reorder text). Printed to a
 * terminal they are escaped; written to a file or a pipe they stay exact.
 */

const ROOT = path.resolve(__dirname, '../../../..');
const CLI = path.join(ROOT, 'dist', 'cli', 'factdesk.js');
const HOSTILE_TITLE = '\u001b]0;pwned\u0007\u001b[31mRed title\u001b[0m\r\u202eevil';
let file: string;

beforeAll(async () => {
  process.env.FACTDESK_CLI_NO_AUTORUN = '1';
  const doc = JSON.parse(readFileSync(path.join(ROOT, 'demo', 'city-water-demo.factdesk'), 'utf8'));
  doc.article.title = HOSTILE_TITLE;
  file = path.join(mkdtempSync(path.join(os.tmpdir(), 'factdesk-tty-')), 'story.factdesk');
  writeFileSync(file, JSON.stringify(doc, null, 2));
});

/** A stream that says it is a terminal (or not), keeping what is written. */
function fakeStream(isTTY: boolean): OutputStream & { text: string } {
  const stream = { isTTY, text: '', write: (chunk: string) => ((stream.text += chunk), true) };
  return stream;
}

async function runWith(isTTY: boolean, ...argv: string[]) {
  const { runCli } = await import('../../../../main/cli');
  const stdout = fakeStream(isTTY);
  const stderr = fakeStream(isTTY);
  const code = await runCli(argv, streamIo(stdout, stderr));
  return { code, stdout: stdout.text, stderr: stderr.text };
}

// eslint-disable-next-line no-control-regex -- the control characters the CLI must not print
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('output to a terminal', () => {
  it('validate escapes control characters in the title', async () => {
    const result = await runWith(true, 'validate', file);
    expect(result.code).toBe(0);
    expect(result.stdout).not.toMatch(CONTROL);
    expect(result.stdout).toContain('“\\x1b]0;pwned\\x07\\x1b[31mRed title\\x1b[0m\\x0d\\u202eevil”');
  });

  it('a Markdown export printed to the terminal is escaped; lines and tabs stay', async () => {
    const result = await runWith(true, 'export', file, '--format', 'md');
    expect(result.code).toBe(0);
    expect(result.stdout).not.toMatch(CONTROL);
    // (Markdown escapes the bracket as well.)
    expect(result.stdout).toMatch(/\\x1b\\?\]0;pwned/);
    expect(result.stdout.split('\n').length).toBeGreaterThan(20);
  });

  it('error messages to a terminal are escaped too (a file name can hold them)', async () => {
    const result = await runWith(true, 'validate', path.join(path.dirname(file), 'gone\u001b[2J.factdesk'));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('gone\\x1b[2J.factdesk');
    expect(result.stderr).not.toMatch(CONTROL);
  });

  it('output to a file or a pipe is written exactly', async () => {
    const result = await runWith(false, 'export', file, '--format', 'md');
    expect(result.stdout).toContain('\u001b');
    expect(result.stdout).toContain('pwned\u0007');
  });
});

describe('the built CLI on a real terminal (script(1) gives it one)', () => {
  const hasScript = existsSync('/usr/bin/script') && process.platform === 'linux';
  if (!hasScript)
    console.info(
      'real-terminal test skipped: /usr/bin/script (util-linux) is not available to give the CLI a terminal',
    );
  it.skipIf(!hasScript)('validate prints no raw escape sequence', () => {
    const { FACTDESK_CLI_NO_AUTORUN: _inProcessOnly, ...env } = process.env;
    const result = spawnSync(
      '/usr/bin/script',
      ['-q', '-e', '-c', `${process.execPath} ${CLI} validate ${file}`, '/dev/null'],
      { encoding: 'utf8', timeout: 30_000, env },
    );
    expect(result.stdout).toContain('valid Factdesk project');
    expect(result.stdout).toContain('\\x1b]0;pwned');
    // eslint-disable-next-line no-control-regex -- ESC and BEL must not reach the terminal
    expect(result.stdout.replace(/\r\n/g, '\n')).not.toMatch(/\u001b|\u0007|\u202e/);
  });
});
