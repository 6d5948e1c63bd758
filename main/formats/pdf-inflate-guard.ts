import zlib from 'node:zlib';
import { inflatesTooMuch } from './extraction/limits';

/**
 * PDF streams are often Flate-compressed: 1 MB can inflate to gigabytes, and
 * pdfjs holds what it inflates. Before pdfjs opens a file, every Flate stream
 * it may read for text (all but images, which text extraction never decodes)
 * is inflated here, layer by layer for a chain of filters, and counted; past
 * `maxBytes` in all, the file is refused. Other filters (LZW, run-length)
 * are left to the worker's memory limit.
 */

/** How far back from `stream` its dictionary is looked for. */
const DICTIONARY_WINDOW = 16 * 1024;

interface FlateStream {
  data: Buffer;
  layers: number;
}

function* flateStreams(buffer: Buffer): Generator<FlateStream> {
  const text = buffer.toString('latin1');
  for (let at = text.indexOf('stream'); at !== -1; at = text.indexOf('stream', at + 6)) {
    if (text.startsWith('end', at - 3)) continue;
    const dataStart = text.startsWith('\r\n', at + 6)
      ? at + 8
      : text[at + 6] === '\n' || text[at + 6] === '\r'
        ? at + 7
        : -1;
    if (dataStart === -1) continue;
    const dataEnd = text.indexOf('endstream', dataStart);
    if (dataEnd === -1) return;
    const dictionary = text.slice(Math.max(text.lastIndexOf('obj', at), at - DICTIONARY_WINDOW, 0), at);
    const layers = dictionary.split('/FlateDecode').length - 1;
    if (layers > 0 && !/\/Subtype\s*\/Image\b/.test(dictionary))
      yield { data: buffer.subarray(dataStart, dataEnd), layers };
    at = dataEnd;
  }
}

/** Compressed streams up to this size are inflated in one go (at most ~1,000 times as much); larger ones as a stream. */
const INFLATE_AT_ONCE = 16 * 1024;

/**
 * Inflates `data` as a stream, stopping once past `budget` bytes; what a
 * damaged stream gives before its damage counts (pdfjs keeps that much too).
 * With `keep`, the bytes are returned; without, only counted (nothing held).
 */
function streamInflate(data: Buffer, budget: number, keep: boolean): Promise<{ size: number; bytes: Buffer }> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const inflate = zlib.createInflate({ finishFlush: zlib.constants.Z_SYNC_FLUSH });
    const done = () => resolve({ size, bytes: Buffer.concat(chunks) });
    inflate.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (keep) chunks.push(chunk);
      if (size <= budget) return;
      inflate.destroy();
      done();
    });
    inflate.on('error', done);
    inflate.on('end', done);
    inflate.end(data);
  });
}

/** `data` inflated (kept, or only counted); its size is over `budget` when it inflates to more (it is not inflated further). */
async function inflate(data: Buffer, budget: number, keep: boolean): Promise<{ size: number; bytes: Buffer }> {
  if (data.length > INFLATE_AT_ONCE) return streamInflate(data, budget, keep);
  try {
    const bytes = zlib.inflateSync(data, { maxOutputLength: budget + 1, finishFlush: zlib.constants.Z_SYNC_FLUSH });
    return { size: bytes.length, bytes };
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE')
      return { size: budget + 1, bytes: Buffer.alloc(0) };
    return streamInflate(data, budget, keep);
  }
}

export async function checkPdfInflatedSize(bytes: Uint8Array, maxBytes: number): Promise<void> {
  let total = 0;
  for (const stream of flateStreams(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))) {
    let layer = stream.data;
    for (let depth = 0; depth < stream.layers && layer.length > 0; depth += 1) {
      // Only a layer that another inflates from is kept; the last is counted.
      const { size, bytes: inflated } = await inflate(layer, maxBytes - total, depth < stream.layers - 1);
      total += size;
      if (total > maxBytes) throw inflatesTooMuch(maxBytes);
      layer = inflated;
    }
  }
}
