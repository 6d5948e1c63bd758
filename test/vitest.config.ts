import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    // test/collab starts real servers from the built CLI (npm test builds it first).
    include: ['test/unit/**/*.test.ts', 'test/collab/**/*.test.ts'],
    environment: 'node',
    // electron-store imports 'electron', which a test mocks: inlined so the mock reaches it.
    server: { deps: { inline: ['electron-store'] } },
    globalSetup: ['test/unit/helpers/build-extraction-worker.ts'],
    setupFiles: ['test/unit/helpers/use-extraction-worker.ts'],
  },
});
