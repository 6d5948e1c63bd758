import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  closeSync,
  ftruncateSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { importArticleFile } from '../../../main/services/import/article-import';
import { loadProjectFile } from '../../../main/services/project-file/project-io';
import { MAX_PROJECT_BYTES } from '../../../shared/project/schema';

/**
 * Issue 16, item 15: each message says what actually happened — reading or
 * writing, which folder, no such folder — never a neighbouring story.
 */

const ROOT = path.resolve(__dirname, '../../..');
const CLI = path.join(ROOT, 'dist', 'cli', 'factdesk.js');
const PROJECT = path.join(ROOT, 'test', 'fixtures', 'projects', 'newsroom-report.factdesk');
const tempDir = () => mkdtempSync(path.join(os.tmpdir(), 'factdesk-messages-'));

describe('a project file just under the size limit', () => {
  it(
    'is too large to open, not "not UTF-8" (it holds more characters than a string can)',
    { timeout: 60_000 },
    async () => {
      const dir = tempDir();
      const file = path.join(dir, 'huge.factdesk');
      // Sparse: zeros are valid UTF-8, and the disk holds nothing.
      const fd = openSync(file, 'w');
      ftruncateSync(fd, MAX_PROJECT_BYTES - 12);
      closeSync(fd);
      try {
        const result = await loadProjectFile(file);
        expect(!result.ok && result.message).toBe(
          'The file ‘huge.factdesk’ could not be opened: it is too large to open (512 MB; a project must be under 512 MB of text).',
        );
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});

describe('factdesk export -o into a folder that does not exist', () => {
  it('names the missing folder instead of saying the file was moved or deleted', () => {
    const dir = tempDir();
    const target = path.join(dir, 'missing', 'x.html');
    const result = spawnSync(process.execPath, [CLI, 'export', PROJECT, '--format', 'html', '-o', target], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.stderr).toBe(
      `factdesk export: Nothing was saved: the folder ‘${path.join(dir, 'missing')}’ does not exist; ‘x.html’ was not written.\n`,
    );
    expect(result.status).toBe(1);
  });
});

describe('writing into a folder the user may not write in', () => {
  const canDropPrivileges = process.getuid?.() === 0 && existsSync('/usr/bin/setpriv');
  if (!canDropPrivileges)
    console.info('read-only-folder test skipped: it runs the CLI as user “nobody” through setpriv, which needs root');
  it.skipIf(!canDropPrivileges)('says so, naming the folder, not “permission to read it”', () => {
    const dir = tempDir();
    chmodSync(dir, 0o755);
    const locked = path.join(dir, 'locked');
    mkdirSync(locked, { mode: 0o555 });
    const readable = path.join(dir, 'project.factdesk');
    writeFileSync(readable, spawnSync('cat', [PROJECT], { encoding: 'utf8' }).stdout, { mode: 0o644 });
    const result = spawnSync(
      '/usr/bin/setpriv',
      [
        '--reuid=65534',
        '--regid=65534',
        '--clear-groups',
        process.execPath,
        CLI,
        'export',
        readable,
        '--format',
        'md',
        '-o',
        path.join(locked, 'report.md'),
      ],
      { encoding: 'utf8', timeout: 60_000 },
    );
    expect(result.stderr).toBe(
      `factdesk export: Nothing was saved: you do not have permission to write in the folder ‘${locked}’; ‘report.md’ was not written.\n`,
    );
    expect(result.status).toBe(1);
  });
});

describe('a Word document with an XML entity', () => {
  it('says the document could not be read, without the XML parser’s raw “[xmldom error]”', async () => {
    const zip = new JSZip();
    zip.file(
      '[Content_Types].xml',
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    );
    zip.file(
      '_rels/.rels',
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    );
    zip.file(
      'word/document.xml',
      '<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE d [<!ENTITY harbour "Harbour">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&harbour; fees rise</w:t></w:r></w:p></w:body></w:document>',
    );
    const file = path.join(tempDir(), 'entity.docx');
    writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer' }));
    const result = await importArticleFile(file);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toBe(
      'The article ‘entity.docx’ could not be imported: it is not a Word document Factdesk can read (its text uses an XML entity, “&harbour;”, which Factdesk does not expand).',
    );
  });
});
