import { defineConfig } from '@playwright/test';

/**
 * Screenshots for docs/, taken on request (npm run docs:screenshots:review),
 * never by npm test: tests leave the working tree clean.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.shots.ts',
  timeout: 60_000,
  workers: 1,
  reporter: [['list']],
  outputDir: '../../test-results/docs',
});
