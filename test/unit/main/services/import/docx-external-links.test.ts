import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { importArticleFile } from '../../../../../main/services/import/article-import';
import { importSourceFile } from '../../../../../main/services/import/source-import';

/** A .docx whose image points outside the file: to /etc/passwd, or /dev/zero (which never ends). */
async function docxLinkingTo(target: string): Promise<string> {
  const ns =
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"';
  const image =
    '<w:r><w:drawing><wp:inline><wp:docPr id="1" name="x"/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:blipFill><a:blip r:link="rId9"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>';
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
    'word/_rels/document.xml.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="${target}" TargetMode="External"/></Relationships>`,
  );
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8"?><w:document ${ns}><w:body><w:p><w:r><w:t>Before the picture.</w:t></w:r>${image}<w:r><w:t> After the picture.</w:t></w:r></w:p></w:body></w:document>`,
  );
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'factdesk-docx-')), 'linked.docx');
  writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer' }));
  return file;
}

describe('a .docx with an image linked outside the file', () => {
  for (const target of ['file:///etc/passwd', '/etc/passwd', 'file:///dev/zero', '/dev/zero']) {
    it(`(${target}) imports its text and reads nothing from the link`, { timeout: 10_000 }, async () => {
      const file = await docxLinkingTo(target);
      const article = await importArticleFile(file);
      expect(article.ok).toBe(true);
      if (article.ok) {
        expect(article.html).toContain('Before the picture.');
        expect(article.html).not.toMatch(/root:|<img/);
      }
      const source = await importSourceFile(file, new Date());
      expect(source.ok).toBe(true);
      if (source.ok) {
        expect(source.source.text).toContain('Before the picture.');
        expect(source.source.text).not.toContain('root:');
      }
    });
  }
});
