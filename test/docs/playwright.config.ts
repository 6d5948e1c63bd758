import { defineConfig } from '@playwright/test';

/**
 * `npm run docs:screenshots`: retakes the screenshots under docs/ that
 * README shows. Kept apart from the e2e suite so that `npm test` leaves the
 * working tree as it found it.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 1,
  reporter: [['list']],
  outputDir: '../../test-results/docs',
});
