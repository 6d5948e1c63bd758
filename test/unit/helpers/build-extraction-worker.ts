import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import type { TestProject } from 'vitest/node';

/**
 * Vitest global setup: the unit tests run main's TypeScript sources, but the
 * extraction worker runs from a bundle (as in the app); it is built once here
 * and each test file is told where (use-extraction-worker.ts).
 */

declare module 'vitest' {
  export interface ProvidedContext {
    extractionWorker: string;
  }
}

export async function setup(project: TestProject): Promise<() => void> {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'factdesk-worker-'));
  await buildExtractionWorker(folder);
  project.provide('extractionWorker', path.join(folder, 'extract-worker.js'));
  return () => rmSync(folder, { recursive: true, force: true });
}

export async function buildExtractionWorker(folder: string): Promise<void> {
  await build({
    entryPoints: [path.resolve(__dirname, '../../../main/formats/extraction/extract-worker.ts')],
    outfile: path.join(folder, 'extract-worker.js'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'warning',
    mainFields: ['module', 'main'],
  });
}
