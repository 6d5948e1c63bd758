import JSZip from 'jszip';
import { inflatesTooMuch } from './extraction/limits';

/**
 * A .docx is a zip: a few KB can inflate to gigabytes. Before mammoth reads
 * one, every part is inflated here as a stream and counted (never kept), and
 * the file is refused once the total passes `maxBytes`. Every part counts, not
 * just those named .xml: the relationships can point mammoth at any part.
 */
export async function checkDocxInflatedSize(bytes: Uint8Array, maxBytes: number): Promise<void> {
  const zip = await JSZip.loadAsync(bytes);
  let total = 0;
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    await new Promise<void>((resolve, reject) => {
      const stream = entry.nodeStream('nodebuffer') as NodeJS.ReadableStream & { destroy(): void };
      stream.on('data', (chunk: Buffer) => {
        total += chunk.length;
        if (total <= maxBytes) return;
        stream.destroy();
        reject(inflatesTooMuch(maxBytes));
      });
      stream.on('end', resolve);
      stream.on('error', reject);
    });
  }
}
