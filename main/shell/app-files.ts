/**
 * What the app reads from its own folder (app.getAppPath()) at run time,
 * relative to it. electron-builder.yml must ship each one;
 * test/unit/tooling/packaging.test.ts checks that it does.
 */
export const APP_FILES = {
  renderer: 'dist/renderer',
  preload: 'dist/main/preload.js',
  /** The worker thread imported documents are read in (main/formats/extraction). */
  extractionWorker: 'dist/main/extract-worker.js',
  demoProject: 'demo/city-water-demo.factdesk',
} as const;
