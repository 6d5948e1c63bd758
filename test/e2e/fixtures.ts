import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect } from '@playwright/test';
import { launchApp, type LaunchedApp, type LaunchOptions } from './harness';

/**
 * `launch` starts the app through the harness and, after the test, closes it
 * and checks that the page never violated its Content-Security-Policy.
 * `tempDir` is a fresh folder for project files.
 */
export const test = base.extend<{
  launch: (options?: LaunchOptions) => Promise<LaunchedApp>;
  tempDir: string;
  /**
   * Violations a test expects because it feeds hostile HTML to the sanitiser:
   * Chromium reports an inline handler even while parsing an inert document
   * (DOMParser), where nothing can run. Everything else must be zero.
   */
  toleratedCspViolations: string[];
}>({
  toleratedCspViolations: [[], { option: true }],
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from its first parameter's destructuring: none here
  tempDir: async ({}, use) => {
    await use(mkdtempSync(path.join(os.tmpdir(), 'factdesk-e2e-')));
  },
  launch: async ({ toleratedCspViolations }, use) => {
    const apps: LaunchedApp[] = [];
    await use(async (options) => {
      const app = await launchApp(options);
      apps.push(app);
      return app;
    });
    for (const app of apps) {
      const violations = (await app.cspViolations().catch(() => [])).filter(
        (v) => !toleratedCspViolations.includes(v.trim()),
      );
      await app.close();
      expect(violations, 'Content-Security-Policy violations').toEqual([]);
    }
  },
});

export { expect };

export const mod = process.platform === 'darwin' ? 'Meta' : 'Control';
