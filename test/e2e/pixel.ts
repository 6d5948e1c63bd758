import { inflateSync } from 'node:zlib';
import type { Page } from 'playwright-core';

/** Undo PNG's per-row filters (none, sub, up, average, Paeth) in place. */
function unfilter(data: Buffer, width: number, height: number, bytesPerPixel: number): Buffer {
  const stride = width * bytesPerPixel;
  const out = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y += 1) {
    const filter = data[y * (stride + 1)];
    for (let x = 0; x < stride; x += 1) {
      const raw = data[y * (stride + 1) + 1 + x];
      const left = x >= bytesPerPixel ? out[y * stride + x - bytesPerPixel] : 0;
      const up = y > 0 ? out[(y - 1) * stride + x] : 0;
      const upLeft = y > 0 && x >= bytesPerPixel ? out[(y - 1) * stride + x - bytesPerPixel] : 0;
      const guess = left + up - upLeft;
      const [pa, pb, pc] = [Math.abs(guess - left), Math.abs(guess - up), Math.abs(guess - upLeft)];
      const paeth = pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
      const predictor = [0, left, up, (left + up) >> 1, paeth][filter];
      out[y * stride + x] = (raw + predictor) & 0xff;
    }
  }
  return out;
}

/** The window as painted: a screenshot decoded to RGB(A) rows. */
async function windowPixels(page: Page): Promise<{ width: number; bytesPerPixel: number; pixels: Buffer }> {
  const png = await page.screenshot();
  const chunks: Buffer[] = [];
  let width = 0;
  let height = 0;
  let bytesPerPixel = 4;
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const type = png.toString('ascii', at + 4, at + 8);
    if (type === 'IHDR') {
      width = png.readUInt32BE(at + 8);
      height = png.readUInt32BE(at + 12);
      bytesPerPixel = png[at + 17] === 2 ? 3 : 4;
    }
    if (type === 'IDAT') chunks.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  return { width, bytesPerPixel, pixels: unfilter(inflateSync(Buffer.concat(chunks)), width, height, bytesPerPixel) };
}

/** The colours painted in a rectangle of the window (viewport pixels): what the user sees, whatever the DOM says. */
export async function pixelsIn(
  page: Page,
  rect: { x: number; y: number; width: number; height: number },
): Promise<[number, number, number][]> {
  const { width, bytesPerPixel, pixels } = await windowPixels(page);
  const colours: [number, number, number][] = [];
  for (let y = Math.round(rect.y); y < Math.round(rect.y + rect.height); y += 1) {
    for (let x = Math.round(rect.x); x < Math.round(rect.x + rect.width); x += 1) {
      const at = (y * width + x) * bytesPerPixel;
      colours.push([pixels[at], pixels[at + 1], pixels[at + 2]]);
    }
  }
  return colours;
}

/** The colour painted at one point of the window. */
export async function pixelAt(page: Page, point: { x: number; y: number }): Promise<[number, number, number]> {
  return (await pixelsIn(page, { ...point, width: 1, height: 1 }))[0];
}
