import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { Project } from '../../shared/project/schema';
import { serializeProject } from '../../shared/project/project-file';
import { launchApp, type LaunchedApp } from '../../test/e2e/harness';
import { generateWorkload, type WorkloadSpec } from '../workload';
import { timeSharedOpen, type SharedOpenFigures } from './collab-open';
import { openApp } from './pages';

/**
 * Keystroke in window A to the next frame in window B, on loopback: two app
 * windows (the e2e harness, each its own user data, the editor bound to the
 * project's document) on one project shared through a real `factdesk serve`.
 * A types a character; the clock starts at its `beforeinput` in A and stops
 * at the first animation frame in B after B's article shows it. Both pages
 * live in one Chromium, so `performance.timeOrigin + performance.now()` is
 * one clock for both.
 */

const MARK = 'ǁ';
const TYPED = 80;
const PAUSE_MS = 70;
const VIEWPORT = { width: 1200, height: 800 };

export interface FrameFigures {
  latencies: number[];
  /** Windows opening the shared project (the last is B): click on Open to everything painted and Connected. */
  openShared: SharedOpenFigures[];
  /** The same project opened from its file in another window (binding on), click to painted; in turn with the above. */
  openFileMs: number[];
}

/** Opens of each kind, in turn (a shared 2-core machine: one open is too noisy to compare). */
const OPENS = 3;

async function prepared(app: LaunchedApp): Promise<Page> {
  const { page } = app;
  // The harness's origin is public: Chromium asks before it reaches a loopback server.
  await page.context().grantPermissions(['local-network-access']);
  await page.evaluate(() => localStorage.setItem('factdesk.collabRetryMs', '200'));
  return page;
}

const connected = (page: Page) =>
  page
    .getByRole('status', { name: /^Shared project:/ })
    .filter({ hasText: /^Connected$/ })
    .waitFor({ timeout: 600_000 });

async function share(app: LaunchedApp, serverUrl: string, token: string): Promise<string> {
  await app.emit('menuCommand', 'file.share');
  const dialog = app.page.getByRole('dialog', { name: 'Share project' });
  await dialog.getByLabel('Server address').fill(serverUrl);
  await dialog.getByLabel('Access token').fill(token);
  await dialog.getByRole('button', { name: 'Share' }).click();
  await connected(app.page);
  const notice = await app.page.getByRole('status').filter({ hasText: 'factdesk://' }).first().innerText();
  const link = /factdesk:\/\/\S+/.exec(notice)?.[0];
  if (!link) throw new Error(`bench: no link in the share notice: ${notice}`);
  return link;
}

async function openShared(app: LaunchedApp, link: string, token: string, project: Project): Promise<SharedOpenFigures> {
  await app.emit('menuCommand', 'file.openShared');
  const dialog = app.page.getByRole('dialog', { name: 'Open shared project' });
  await dialog.getByLabel('Project link or document name').fill(link);
  await dialog.getByLabel('Access token').fill(token);
  const figures = await timeSharedOpen(app.page, project);
  await connected(app.page);
  return figures;
}

/** The same project opened from its file (recent list, editor bound), as bench/measure/pages.ts times it. */
async function openFile(project: Project, file: string): Promise<number> {
  const opened = await openApp(project, file, { binding: 'on' });
  await opened.close();
  return opened.clickToPaintMs ?? NaN;
}

/** Paragraph `index` of the article: B counts the marks typed into it at each frame, A types into it. */
async function watchParagraph(page: Page, index: number): Promise<void> {
  await page.evaluate(
    ({ index, mark }) => {
      const root = document.querySelector<HTMLElement>('[aria-label="Article text"]')!;
      const frames: Array<[number, number]> = [];
      (window as unknown as { __frames: typeof frames }).__frames = frames;
      const count = () => (root.children[index]?.textContent ?? '').split(mark).length - 1;
      new MutationObserver(() =>
        requestAnimationFrame(() => frames.push([performance.timeOrigin + performance.now(), count()])),
      ).observe(root, { subtree: true, childList: true, characterData: true });
    },
    { index, mark: MARK },
  );
}

async function typeInto(page: Page, index: number): Promise<number[]> {
  await page.evaluate((index) => {
    const root = document.querySelector<HTMLElement>('[aria-label="Article text"]')!;
    const starts: number[] = [];
    (window as unknown as { __starts: number[] }).__starts = starts;
    root.addEventListener('beforeinput', () => starts.push(performance.timeOrigin + performance.now()), true);
    const block = root.children[index] as HTMLElement;
    block.scrollIntoView({ block: 'center' });
    root.focus();
    const text = block.querySelector('span[data-lexical-text]')!.firstChild!;
    window.getSelection()!.collapse(text, Math.floor((text.textContent ?? '').length / 2));
  }, index);
  await page.waitForTimeout(300);
  for (let i = 0; i < TYPED; i += 1) {
    await page.keyboard.type(MARK);
    await page.waitForTimeout(PAUSE_MS);
  }
  return page.evaluate(() => (window as unknown as { __starts: number[] }).__starts);
}

export async function keystrokeToFrame(
  spec: WorkloadSpec,
  serverUrl: string,
  tokens: { a: string; b: string },
): Promise<FrameFigures> {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'factdesk-bench-frames-'));
  const file = path.join(folder, `bench-${spec.name}.factdesk`);
  const { project } = generateWorkload(spec);
  writeFileSync(file, serializeProject(project));
  const openFileMs: number[] = [];
  const sharedOpens: SharedOpenFigures[] = [];
  const a = await launchApp({ projectPath: file, documentBinding: true, viewport: VIEWPORT });
  const b = await launchApp({ documentBinding: true, viewport: VIEWPORT });
  try {
    const pageA = await prepared(a);
    const pageB = await prepared(b);
    await pageA.getByRole('textbox', { name: 'Article text' }).waitFor({ timeout: 600_000 });
    const link = await share(a, serverUrl, tokens.a);
    for (let turn = 1; turn < OPENS; turn += 1) {
      openFileMs.push(await openFile(project, file));
      const other = await launchApp({ documentBinding: true, viewport: VIEWPORT });
      try {
        await prepared(other);
        sharedOpens.push(await openShared(other, link, tokens.b, project));
      } finally {
        await other.close();
      }
    }
    openFileMs.push(await openFile(project, file));
    sharedOpens.push(await openShared(b, link, tokens.b, project));
    const paragraph = Math.floor(spec.paragraphs / 2);
    await pageB.locator('[aria-label="Article text"] > *').nth(paragraph).waitFor({ timeout: 600_000 });
    await watchParagraph(pageB, paragraph);
    const starts = await typeInto(pageA, paragraph);
    const deadline = Date.now() + 60_000;
    let frames: Array<[number, number]> = [];
    while (Date.now() < deadline) {
      frames = await pageB.evaluate(() => (window as unknown as { __frames: Array<[number, number]> }).__frames);
      if (frames.at(-1)?.[1] === TYPED) break;
      await pageB.waitForTimeout(200);
    }
    if (starts.length !== TYPED || frames.at(-1)?.[1] !== TYPED)
      throw new Error(`bench: typed ${starts.length} of ${TYPED}; window B shows ${frames.at(-1)?.[1] ?? 0}`);
    const latencies = starts.map((start, i) => frames.find(([, shown]) => shown >= i + 1)![0] - start);
    return { latencies, openShared: sharedOpens, openFileMs };
  } finally {
    await a.close();
    await b.close();
  }
}
