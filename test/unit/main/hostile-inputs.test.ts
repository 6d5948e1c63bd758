import { execFileSync } from 'node:child_process';
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { docxOf, nestedDivs, pdfOf } from '../helpers/hostile-documents';
import { buildHostileChildren, runCapped, type Caps, type CappedRun } from '../helpers/hostile-run';

/**
 * Hostile inputs, each run in a child process under a time cap and a memory
 * cap (both asserted): devices and FIFOs behind project, article and source
 * paths, decompression bombs, documents with huge page counts or nesting.
 * Each must be refused with a message, or read, quickly and in little memory.
 */

const CAPS: Caps = { timeMs: 15_000, memoryMb: 400 };
const DEMO_PROJECT = path.resolve(__dirname, '../../../demo/city-water-demo.factdesk');
let build: string;
let files: string;

beforeAll(async () => {
  build = mkdtempSync(path.join(os.tmpdir(), 'factdesk-hostile-build-'));
  files = mkdtempSync(path.join(os.tmpdir(), 'factdesk-hostile-'));
  await buildHostileChildren(build);
}, 60_000);

function expectWithinCaps(run: CappedRun): void {
  expect(
    run.killedFor,
    `killed for ${run.killedFor} after ${run.elapsedMs} ms at ${run.peakRssMb} MB; stderr: ${run.stderr.slice(0, 300)}`,
  ).toBeNull();
  expect(run.elapsedMs).toBeLessThan(CAPS.timeMs);
  expect(run.peakRssMb).toBeLessThan(CAPS.memoryMb);
}

const reader = (verb: string, file: string) => runCapped(build, 'hostile-child.cjs', [verb, file], CAPS);
const cli = (...args: string[]) => runCapped(build, 'factdesk.cjs', args, CAPS);

/** Paths named like the files each reader expects, that are not regular files. */
let made = 0;
function devicePaths(extension: string): Record<string, string> {
  made += 1;
  const fifo = path.join(files, `pipe-${made}.${extension}`);
  const link = path.join(files, `zero-${made}.${extension}`);
  execFileSync('mkfifo', [fifo]);
  symlinkSync('/dev/zero', link);
  // Article and source readers go by the extension first: /dev/zero itself is refused for its name.
  return {
    ...(extension === 'factdesk' ? { '/dev/zero': '/dev/zero' } : {}),
    'a FIFO': fifo,
    'a symlink to /dev/zero': link,
  };
}

describe.skipIf(process.platform === 'win32')('devices and FIFOs are refused, not read', () => {
  const cases: { what: string; extension: string; run: (file: string) => Promise<CappedRun>; refusal: RegExp }[] = [
    {
      what: 'open a project',
      extension: 'factdesk',
      run: (file) => reader('open', file),
      refusal: /could not be opened: it is not a regular file/,
    },
    {
      what: 'import an article',
      extension: 'txt',
      run: (file) => reader('import-article', file),
      refusal: /could not be imported: it is not a regular file/,
    },
    {
      what: 'import a source',
      extension: 'pdf',
      run: (file) => reader('import-source', file),
      refusal: /it is not a regular file/,
    },
    {
      what: 'factdesk validate',
      extension: 'factdesk',
      run: (file) => cli('validate', file),
      refusal: /could not be opened: it is not a regular file/,
    },
    {
      what: 'factdesk export',
      extension: 'factdesk',
      run: (file) => cli('export', file, '--format', 'md'),
      refusal: /could not be opened: it is not a regular file/,
    },
    {
      what: 'factdesk suggest claims',
      extension: 'md',
      run: (file) => cli('suggest', 'claims', file),
      refusal: /could not be read: it is not a regular file/,
    },
    {
      what: 'factdesk suggest evidence',
      extension: 'html',
      run: (file) => cli('suggest', 'evidence', '--claim', 'bills rose', file),
      refusal: /it is not a regular file/,
    },
    {
      what: 'factdesk import-annotations',
      extension: 'jsonld',
      run: (file) => cli('import-annotations', DEMO_PROJECT, file, '-o', path.join(files, 'annotated.factdesk')),
      refusal: /could not read ‘[^’]+’: it is not a regular file/,
    },
  ];
  for (const { what, extension, run, refusal } of cases) {
    it(
      `${what}: /dev/zero, a FIFO and a symlink to /dev/zero`,
      async () => {
        for (const [name, file] of Object.entries(devicePaths(extension))) {
          const result = await run(file);
          expectWithinCaps(result);
          expect(`${result.stdout}${result.stderr}`, name).toMatch(refusal);
        }
      },
      3 * CAPS.timeMs + 5_000,
    );
  }
});

describe('decompression bombs are refused while inflating', () => {
  const write = (name: string, bytes: Buffer | string) => {
    const file = path.join(files, name);
    writeFileSync(file, bytes);
    return file;
  };

  it(
    'a .docx whose 700 KB inflate to 200 MB of XML, as a source and as an article',
    async () => {
      const file = write('bomb.docx', docxOf('The ferry ran all night. ', 200));
      for (const verb of ['import-source', 'import-article']) {
        const result = await reader(verb, file);
        expectWithinCaps(result);
        expect(result.stdout, verb).toContain(
          'its compressed contents unpack to more than 128 MB, the limit (it may be built to exhaust memory)',
        );
      }
    },
    2 * CAPS.timeMs + 5_000,
  );

  it(
    'a .docx of 11 million characters in 60 KB is refused for its text, not taken into the window',
    async () => {
      const file = write('long.docx', docxOf('The ferry ran all night. ', 12));
      const result = await runCapped(build, 'hostile-child.cjs', ['import-article', file], { ...CAPS, memoryMb: 700 });
      expect(result.killedFor).toBeNull();
      expect(result.peakRssMb).toBeLessThan(700);
      expect(result.stdout).toContain(
        'it holds more text than Factdesk can take in one document (10,000,000 characters)',
      );
    },
    CAPS.timeMs + 5_000,
  );

  it(
    'a PDF whose 600 KB Flate stream inflates to 600 MB, and one whose stream is Flate twice over',
    async () => {
      for (const twice of [false, true]) {
        const file = write(
          `bomb-${twice}.pdf`,
          pdfOf({ pages: 1, pageText: 'Leakage fell by 9 per cent.', bombMegabytes: 600, twice }),
        );
        const result = await reader('import-source', file);
        expectWithinCaps(result);
        expect(result.stdout, `twice: ${twice}`).toContain(
          'its compressed contents unpack to more than 256 MB, the limit',
        );
      }
    },
    2 * CAPS.timeMs + 5_000,
  );
});

describe('documents that would take minutes are refused or read in linear time', () => {
  it(
    'a PDF of 20,000 pages is refused before its pages are read',
    async () => {
      const file = path.join(files, 'pages.pdf');
      writeFileSync(file, pdfOf({ pages: 20_000, pageText: 'Page text.' }));
      const result = await reader('import-source', file);
      expectWithinCaps(result);
      expect(result.stdout).toContain('it has 20,000 pages; Factdesk reads at most 5,000');
    },
    CAPS.timeMs + 5_000,
  );

  it(
    '5 MB web pages, 170,000 <div> nested or 400,000 side by side, are read as sources within the caps (too big for Readability, read by the bounded rule)',
    async () => {
      const pages = {
        nested: nestedDivs(170_000, 'Ferry fares rose by 4 per cent. '),
        'side by side': `<html><head><title>Wide</title></head><body><div class="cookies">We use cookies</div>${'<div class="c">Ferry fares rose.</div>'.repeat(400_000)}</body></html>`,
      };
      for (const [shape, html] of Object.entries(pages)) {
        const file = path.join(files, `page-${shape.replace(/ /g, '-')}.html`);
        writeFileSync(file, html);
        const result = await reader('import-source', file);
        expectWithinCaps(result);
        expect(JSON.parse(result.stdout), shape).toEqual({ ok: true, message: null });
      }
    },
    2 * CAPS.timeMs + 5_000,
  );

  it(
    'HTML nested 250,000 <div> deep: imported as a source (a line per <div>) and read by suggest claims',
    async () => {
      const wordy = path.join(files, 'deep.html');
      writeFileSync(wordy, nestedDivs(250_000));
      const source = await reader('import-source', wordy);
      expectWithinCaps(source);
      expect(JSON.parse(source.stdout)).toEqual({ ok: true, message: null });
      const sparse = path.join(files, 'deep-sparse.html');
      writeFileSync(sparse, nestedDivs(250_000, ''));
      const claims = await cli('suggest', 'claims', '--json', sparse);
      expectWithinCaps(claims);
      // The finder keeps the attribution out of the claim (issue 21): the whole sentence was read from the deep page.
      expect(JSON.parse(claims.stdout)).toMatchObject([
        { text: 'Harbour fees rose by 9 per cent in 2027', attributed: true },
      ]);
    },
    2 * CAPS.timeMs + 5_000,
  );
});
