import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { plainTextOf } from '../../shared/article/plain-text';
import { bodyFromPlainText } from '../../shared/article/lexical-json';
import type { Project } from '../../shared/project/schema';
import { sharedBrowser } from '../../test/e2e/browser';
import { launchApp, ORIGIN, REPO_ROOT, serveFolder } from '../../test/e2e/harness';
import type { BindingArm } from './binding-arms';
import { installProbe, type ProbeWindow } from './probe';

/**
 * The two pages under test, each timed from the moment its content is in
 * the page to the editor painted with everything in it:
 * - the app (dist/renderer through the e2e harness), opening the project
 *   file from the Start screen's recent list: from the open result arriving
 *   in the renderer to the workspace mounted, highlights decorated and the
 *   Claims panel listed. The harness carries calls and results as JSON
 *   strings (test/e2e/harness.ts); the transfer of that string between
 *   processes is left out, and its JSON.parse in the page, counted here,
 *   stands in for Electron's IPC deserialisation. run.ts adds the file
 *   read + parse + validate measured in Node;
 * - the baseline (dist/bench-baseline): a bare Lexical editor mounted with
 *   the same article text as paragraphs without marks (a serialised editor
 *   state string, which Lexical parses).
 * Same browser, same viewport.
 */

export const VIEWPORT = { width: 1360, height: 860 };
const BASELINE_DIR = path.join(REPO_ROOT, 'dist', 'bench-baseline');

export interface OpenedPage {
  page: Page;
  /** In-page time to paint (app: from the open result's arrival as a JSON string, its parsing included). */
  openMs: number;
  /** App only: from the click to paint, harness transport included. */
  clickToPaintMs?: number;
  /**
   * App, document binding on: how long the window waited for main's answer to readDocumentState (the Yjs
   * state), which here is mostly the harness carrying it to the page as a JSON string; included in openMs.
   */
  documentTransitMs?: number;
  close(): Promise<void>;
}

export function markElementCount(project: Project): number {
  let count = 0;
  const visit = (node: { type?: string; children?: unknown[] }) => {
    if (node.type === 'mark') count += 1;
    (node.children ?? []).forEach((child) => visit(child as typeof node));
  };
  visit(project.article.body.root);
  return count;
}

export async function openBaseline(project: Project, beforeOpen?: (page: Page) => Promise<void>): Promise<OpenedPage> {
  const bodyJson = JSON.stringify(bodyFromPlainText(plainTextOf(project.article.body).text));
  const paragraphs = project.article.body.root.children.length;
  const context = await (await sharedBrowser()).newContext({ viewport: VIEWPORT });
  await context.exposeBinding('__benchFetchBody', () => bodyJson);
  await serveFolder(context, BASELINE_DIR);
  const page = await context.newPage();
  await page.goto(`${ORIGIN}/index.html`);
  // A locator makes Playwright inject its own script (0.4 MB of heap), as openApp's does in the app's page: both heaps carry it.
  await page.locator('body').waitFor();
  await installProbe(page);
  await beforeOpen?.(page);
  const openMs = await page.evaluate(async (count) => {
    const probe = (window as unknown as ProbeWindow).__probe;
    const bench = window as unknown as {
      __baseline: { mount(body: string): void };
      __benchFetchBody(): Promise<string>;
    };
    const body = await bench.__benchFetchBody();
    const start = performance.now();
    bench.__baseline.mount(body);
    const end = await probe.until(
      () => document.querySelector('[aria-label="Article text"]')?.childElementCount === count,
    );
    return end - start;
  }, paragraphs);
  return { page, openMs, close: () => context.close() };
}

export interface AppOpenOptions {
  /** Runs once the Start screen is up, just before the click (bench:profile starts recording there), as in openBaseline. */
  beforeOpen?: (page: Page) => Promise<void>;
  /**
   * The editor bound to the project's Yjs document or not (localStorage `factdesk.documentBinding`, read when
   * the project opens; renderer/project/document-binding.ts). Set either way, so a changed default changes
   * neither arm; the open is then checked to have asked main for the document's state (on) or not (off).
   */
  binding?: BindingArm;
}

const BINDING_SWITCH = 'factdesk.documentBinding';

export async function openApp(
  project: Project,
  projectFile: string,
  options: AppOpenOptions = {},
): Promise<OpenedPage> {
  const { beforeOpen, binding } = options;
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'factdesk-bench-user-'));
  mkdirSync(userDataDir, { recursive: true });
  const recent = [
    { path: projectFile, name: path.basename(projectFile, '.factdesk'), openedAt: new Date().toISOString() },
  ];
  writeFileSync(path.join(userDataDir, 'settings.json'), JSON.stringify({ recentProjects: recent }));
  const app = await launchApp({ userDataDir, viewport: VIEWPORT });
  const { page } = app;
  await page.locator('button.recent-item').first().waitFor();
  await installProbe(page);
  if (binding)
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [BINDING_SWITCH, binding] as const);
  await beforeOpen?.(page);
  const expected = { claims: String(project.claims.length), marks: markElementCount(project) };
  const { askedForDocument, ...timing } = await page.evaluate(async ({ claims, marks }) => {
    const probe = (window as unknown as ProbeWindow).__probe;
    const bridge = window as unknown as { __factdeskInvoke(method: string, args: unknown): Promise<unknown> };
    const invoke = bridge.__factdeskInvoke;
    let arrived = 0;
    let askedForDocument = false;
    let documentTransitMs = 0;
    bridge.__factdeskInvoke = async (method, args) => {
      if (method !== 'readDocumentState') {
        const answer = await invoke(method, args);
        if (method === 'openProjectPath') arrived = performance.now();
        return answer;
      }
      askedForDocument = true;
      const asked = performance.now();
      const answer = await invoke(method, args);
      documentTransitMs += performance.now() - asked;
      return answer;
    };
    const button = document.querySelector<HTMLButtonElement>('button.recent-item')!;
    const start = performance.now();
    button.click();
    const end = await probe.until(() => {
      if (document.querySelector('.claims-panel .count')?.textContent !== claims) return false;
      if (!document.querySelector('[aria-label="Claims list"] button.claim-row-button')) return false;
      const all = document.querySelector('[aria-label="Article text"]')?.getElementsByTagName('mark');
      return !!all && all.length === marks && all[all.length - 1].dataset.verdict !== undefined;
    });
    bridge.__factdeskInvoke = invoke;
    if (arrived === 0) throw new Error('bench: the open call was not seen');
    return { openMs: end - arrived, clickToPaintMs: end - start, askedForDocument, documentTransitMs };
  }, expected);
  if (binding && askedForDocument !== (binding === 'on')) {
    await app.close();
    throw new Error(
      `bench: the document binding was to be ${binding}, but the window ${askedForDocument ? 'bound' : 'did not bind'} the editor to the document`,
    );
  }
  return { page, ...timing, close: () => app.close() };
}
