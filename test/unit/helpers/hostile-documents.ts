import zlib from 'node:zlib';

/**
 * Hostile documents built by the tests themselves (nothing large is kept in
 * the repository): zip and PDF decompression bombs, PDFs with many pages,
 * deeply nested HTML. A bomb is built without ever holding what it inflates
 * to: a unit of content is deflated once, ending in a full flush (so the next
 * copy needs nothing before it), and the compressed unit is repeated.
 */

const MB = 1024 * 1024;

/** A unit of about `size` bytes made of `pattern` repeated. */
function unitOf(pattern: string, size = MB): Buffer {
  return Buffer.from(pattern.repeat(Math.max(1, Math.floor(size / pattern.length))));
}

interface Deflated {
  /** Raw deflate data (as in a zip). */
  raw: Buffer;
  size: number;
  crc32: number;
  adler32: number;
}

const ADLER_BASE = 65521;

function adler32(data: Buffer): number {
  let a = 1;
  let b = 0;
  for (const byte of data) {
    a = (a + byte) % ADLER_BASE;
    b = (b + a) % ADLER_BASE;
  }
  return ((b << 16) | a) >>> 0;
}

/** The Adler-32 of two pieces from theirs (the combination zlib uses). */
function adler32Combine(first: number, second: number, secondLength: number): number {
  const remainder = secondLength % ADLER_BASE;
  let sum1 = first & 0xffff;
  let sum2 = (remainder * sum1) % ADLER_BASE;
  sum1 += (second & 0xffff) + ADLER_BASE - 1;
  sum2 += (first >>> 16) + (second >>> 16) + ADLER_BASE - remainder;
  if (sum1 >= ADLER_BASE) sum1 -= ADLER_BASE;
  if (sum1 >= ADLER_BASE) sum1 -= ADLER_BASE;
  if (sum2 >= ADLER_BASE * 2) sum2 -= ADLER_BASE * 2;
  if (sum2 >= ADLER_BASE) sum2 -= ADLER_BASE;
  return ((sum2 << 16) | sum1) >>> 0;
}

/** `parts` deflated in order, each repeated `times`, as one raw deflate stream with its checksums. */
export function deflateRepeated(parts: { data: Buffer; times: number }[]): Deflated {
  const pieces: Buffer[] = [];
  let size = 0;
  let crc32 = 0;
  let adler = 1;
  for (const { data, times } of parts) {
    const block = zlib.deflateRawSync(data, { finishFlush: zlib.constants.Z_FULL_FLUSH, level: 9 });
    const dataAdler = adler32(data);
    for (let copy = 0; copy < times; copy += 1) {
      pieces.push(block);
      crc32 = zlib.crc32(data, crc32);
      adler = adler32Combine(adler, dataAdler, data.length);
      size += data.length;
    }
  }
  // An empty final block (fixed Huffman codes): 0b011 then the end-of-block code.
  pieces.push(Buffer.from([0x03, 0x00]));
  return { raw: Buffer.concat(pieces), size, crc32, adler32: adler };
}

/** The zlib-wrapped form (as in a PDF's FlateDecode stream). */
export function zlibWrapped(deflated: Deflated): Buffer {
  const trailer = Buffer.alloc(4);
  trailer.writeUInt32BE(deflated.adler32);
  return Buffer.concat([Buffer.from([0x78, 0xda]), deflated.raw, trailer]);
}

interface ZipEntry {
  name: string;
  deflated: Deflated;
}

/** A zip of deflated entries (local headers, data, central directory). */
export function zipOf(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const { name, deflated } of entries) {
    const fileName = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(deflated.crc32, 14);
    local.writeUInt32LE(deflated.raw.length, 18);
    local.writeUInt32LE(deflated.size, 22);
    local.writeUInt16LE(fileName.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(deflated.crc32, 16);
    central.writeUInt32LE(deflated.raw.length, 20);
    central.writeUInt32LE(deflated.size, 24);
    central.writeUInt16LE(fileName.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, fileName, deflated.raw);
    centrals.push(central, fileName);
    offset += local.length + fileName.length + deflated.raw.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** A .docx whose document.xml holds `paragraphMegabytes` MB of paragraphs of `sentence`. */
export function docxOf(sentence: string, paragraphMegabytes: number): Buffer {
  const paragraph = `<w:p><w:r><w:t>${sentence.repeat(40)}</w:t></w:r></w:p>`;
  const text = (value: string) => deflateRepeated([{ data: Buffer.from(value), times: 1 }]);
  return zipOf([
    {
      name: '[Content_Types].xml',
      deflated: text(
        '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
      ),
    },
    {
      name: '_rels/.rels',
      deflated: text(
        '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
      ),
    },
    {
      name: 'word/document.xml',
      deflated: deflateRepeated([
        { data: Buffer.from(`<?xml version="1.0"?><w:document xmlns:w="${W}"><w:body>`), times: 1 },
        { data: unitOf(paragraph), times: paragraphMegabytes },
        { data: Buffer.from('</w:body></w:document>'), times: 1 },
      ]),
    },
  ]);
}

/**
 * A PDF: `pages` pages sharing one font, each showing `pageText`; optionally
 * the first page's content stream inflates to `bombMegabytes` MB (through
 * two Flate filters in a chain with `twice`: smaller still).
 */
export function pdfOf({
  pages,
  pageText,
  bombMegabytes = 0,
  twice = false,
}: {
  pages: number;
  pageText: string;
  bombMegabytes?: number;
  twice?: boolean;
}): Buffer {
  const objects: (string | Buffer)[] = [];
  const add = (body: string | Buffer) => objects.push(body) + 2; // object numbers start at 3 (1: catalog, 2: pages)
  const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>');
  const content = `BT /F1 12 Tf 72 720 Td (${pageText.replace(/[()\\]/g, '')}) Tj ET`;
  const shared = add(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
  let bomb = 0;
  if (bombMegabytes > 0) {
    const once = zlibWrapped(
      deflateRepeated([
        { data: Buffer.from(`${content}\n`), times: 1 },
        { data: unitOf(' '), times: bombMegabytes },
      ]),
    );
    const compressed = twice ? zlib.deflateSync(once, { level: 9 }) : once;
    const filter = twice ? '[/FlateDecode /FlateDecode]' : '/FlateDecode';
    bomb = add(
      Buffer.concat([
        Buffer.from(`<< /Length ${compressed.length} /Filter ${filter} >>\nstream\n`),
        compressed,
        Buffer.from('\nendstream'),
      ]),
    );
  }
  const kids: number[] = [];
  for (let page = 0; page < pages; page += 1) {
    const contents = page === 0 && bomb ? bomb : shared;
    kids.push(
      add(
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${contents} 0 R >>`,
      ),
    );
  }
  const all = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Count ${pages} /Kids [${kids.map((kid) => `${kid} 0 R`).join(' ')}] >>`,
    ...objects,
  ];
  const chunks: Buffer[] = [Buffer.from('%PDF-1.4\n')];
  const offsets: number[] = [];
  let length = chunks[0].length;
  all.forEach((body, index) => {
    offsets.push(length);
    const chunk = Buffer.concat([
      Buffer.from(`${index + 1} 0 obj\n`),
      Buffer.isBuffer(body) ? body : Buffer.from(body),
      Buffer.from('\nendobj\n'),
    ]);
    chunks.push(chunk);
    length += chunk.length;
  });
  const xref = [
    `xref\n0 ${all.length + 1}\n0000000000 65535 f \n`,
    ...offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`),
  ].join('');
  chunks.push(Buffer.from(`${xref}trailer\n<< /Size ${all.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`));
  return Buffer.concat(chunks);
}

/** HTML with `depth` nested <div>, each opening with `words` (or only the innermost holding a sentence). */
export function nestedDivs(depth: number, words = 'Harbour fees rose. '): string {
  const body = words
    ? `${`<div>${words}`.repeat(depth)}`
    : `${'<div>'.repeat(depth)}Harbour fees rose by 9 per cent in 2027, the port said.`;
  return `<html><head><title>Nested</title></head><body>${body}${'</div>'.repeat(depth)}</body></html>`;
}
