import { spawnSync } from 'node:child_process';

/** The text of each page of a PDF file, by poppler's pdftotext (installed with chromium by .ci/run). */
export function pdfPages(file: string): string[] {
  const result = spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`pdftotext failed: ${result.stderr || result.error}`);
  return result.stdout.split('\f').filter((page) => page.trim() !== '').map((page) => page.replace(/\s+/g, ' '));
}
