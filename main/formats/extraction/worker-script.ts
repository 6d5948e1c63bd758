import path from 'node:path';

/**
 * Where the extraction worker's bundle is: beside the bundle that runs this
 * code (dist/main in the app, dist/cli for the command line; main/build.mjs
 * writes both). Tests that run the TypeScript sources name a bundle they built.
 */
let script = path.join(__dirname, 'extract-worker.js');

export function extractionWorkerScript(): string {
  return script;
}

export function useExtractionWorkerScript(file: string): void {
  script = file;
}
