import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { plainTextOf } from '../../shared/plain-text';
import { bodyFromPlainText } from '../../shared/lexical-json';
import type { Project } from '../../shared/schema';
import { sharedBrowser } from '../../test/e2e/browser';
import { launchApp, ORIGIN, REPO_ROOT, serveFolder } from '../../test/e2e/harness';
import { installProbe, type ProbeWindow } from './probe';

/**
 * The two pages under test, each opened the way a user opens a project, and
 * timed from the open call to the editor painted with everything in it:
 * - the app (dist/renderer through the e2e harness), opening the project
 *   file from the Start screen's recent list: file read + parse + validate in
 *   "main", the project sent to the page, the workspace mounted, highlights
 *   decorated and the Claims panel listed;
 * - the baseline (dist/bench-baseline): a bare Lexical editor fetching the
 *   same article text as paragraphs without marks, over the same kind of
 *   page binding, and mounting it.
 * Same browser, same viewport.
 */

export const VIEWPORT = { width: 1360, height: 860 };
const BASELINE_DIR = path.join(REPO_ROOT, 'dist', 'bench-baseline');

export interface OpenedPage {
  page: Page;
  openMs: number;
  close(): Promise<void>;
}

function markElementCount(project: Project): number {
  let count = 0;
  const visit = (node: { type?: string; children?: unknown[] }) => {
    if (node.type === 'mark') count += 1;
    (node.children ?? []).forEach((child) => visit(child as typeof node));
  };
  visit(project.article.body.root);
  return count;
}

export async function openBaseline(project: Project): Promise<OpenedPage> {
  const bodyJson = JSON.stringify(bodyFromPlainText(plainTextOf(project.article.body).text));
  const paragraphs = project.article.body.root.children.length;
  const context = await (await sharedBrowser()).newContext({ viewport: VIEWPORT });
  await context.exposeBinding('__benchFetchBody', () => bodyJson);
  await serveFolder(context, BASELINE_DIR);
  const page = await context.newPage();
  await page.goto(`${ORIGIN}/index.html`);
  await installProbe(page);
  const openMs = await page.evaluate(async (count) => {
    const probe = (window as unknown as ProbeWindow).__probe;
    const baseline = (window as unknown as { __baseline: { open(): Promise<void> } }).__baseline;
    const start = performance.now();
    await baseline.open();
    const end = await probe.until(() => document.querySelector('[aria-label="Article text"]')?.childElementCount === count);
    return end - start;
  }, paragraphs);
  return { page, openMs, close: () => context.close() };
}

export async function openApp(project: Project, projectFile: string): Promise<OpenedPage> {
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'factdesk-bench-user-'));
  mkdirSync(userDataDir, { recursive: true });
  const recent = [{ path: projectFile, name: path.basename(projectFile, '.factdesk'), openedAt: new Date().toISOString() }];
  writeFileSync(path.join(userDataDir, 'settings.json'), JSON.stringify({ recentProjects: recent }));
  const app = await launchApp({ userDataDir, viewport: VIEWPORT });
  const { page } = app;
  await page.locator('button.recent-item').first().waitFor();
  await installProbe(page);
  const expected = { claims: String(project.claims.length), marks: markElementCount(project) };
  const openMs = await page.evaluate(async ({ claims, marks }) => {
    const probe = (window as unknown as ProbeWindow).__probe;
    const button = document.querySelector<HTMLButtonElement>('button.recent-item')!;
    const start = performance.now();
    button.click();
    const end = await probe.until(() => {
      if (document.querySelector('.claims-panel .count')?.textContent !== claims) return false;
      if (!document.querySelector('[aria-label="Claims list"] button.claim-row')) return false;
      const all = document.querySelector('[aria-label="Article text"]')?.getElementsByTagName('mark');
      return !!all && all.length === marks && all[all.length - 1].dataset.verdict !== undefined;
    });
    return end - start;
  }, expected);
  return { page, openMs, close: () => app.close() };
}
