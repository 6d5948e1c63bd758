import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['test/unit/helpers/build-extraction-worker.ts'],
    setupFiles: ['test/unit/helpers/use-extraction-worker.ts'],
  },
});
