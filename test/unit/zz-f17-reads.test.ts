import { readFileSync } from 'node:fs';
import { execSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleHtmlFrom } from '/tmp/f17scratch/old/main/services/article-import';
import { articleTextFrom } from '/tmp/f17scratch/old/main/services/article-text';
import { extractSourceText } from '/tmp/f17scratch/old/main/services/source-formats/extract-source-text';
import { DEFAULT_EXTRACTION_LIMITS as L } from '../../main/formats/extraction/limits';
import { readArticleHtml, readArticleText, readSource } from '../../main/formats/read';
import { docxOf } from './helpers/hostile-documents';

const unq = (s: string) => s.replace(/&#39;/g, "'").replace(/&quot;/g, '"');
const norm = (v: unknown): unknown => (typeof v === 'string' ? unq(v) : Array.isArray(v) ? v.map(norm) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, norm(x)])) : v);

describe('reads = the old reads', () => {
  const files = execSync("find test/fixtures -type f \\( -name '*.txt' -o -name '*.md' -o -name '*.html' -o -name '*.htm' -o -name '*.docx' -o -name '*.pdf' \\)").toString().trim().split('\n');
  it('has fixtures', () => expect(files.length).toBeGreaterThan(20));
  for (const file of files) {
    const ext = path.extname(file).slice(1);
    const bytes = readFileSync(file);
    it(file, async () => {
      if (ext !== 'pdf') {
        const [a, b] = await Promise.all([articleHtmlFrom(bytes, ext, L), readArticleHtml(bytes, ext, L)]);
        expect(norm(b)).toEqual(norm(a));
        const [c, d] = await Promise.allSettled([articleTextFrom(bytes, ext, L), readArticleText(bytes, ext, L)]);
        expect(d.status).toBe(c.status);
        if (c.status === 'fulfilled' && d.status === 'fulfilled') expect(d.value).toBe(c.value);
      }
      const [e, f] = await Promise.all([extractSourceText(bytes, ext, L, () => undefined), readSource(bytes, ext, L, () => undefined)]);
      expect(f).toEqual(e);
    });
  }
});
