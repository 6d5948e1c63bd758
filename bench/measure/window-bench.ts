/**
 * The window benched on each arm in turn (issue 18): the app with the document binding off and on, next to
 * the bare Lexical page — opens, heap, typing, claim interactions and a save, each measured on the arms
 * alternately so a busy minute on this shared machine falls on both sides.
 */
import { statSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { HeldProjects } from '../../main/project/held-project';
import { loadProjectFile } from '../../main/services/project-file/project-io';
import type { Project } from '../../shared/project/schema';
import type { Workload } from '../workload';
import { BINDING_ARMS, type BindingArm } from './binding-arms';
import { filterClaims, markAndUnmark, rateActiveClaim, saveBlockMs, switchActiveClaim } from './claim-interactions';
import { openApp, openBaseline, type OpenedPage } from './pages';
import { cpuDuring, jsHeapBytes, mainThreadCpu } from './probe';
import { median } from './stats';
import { typingLatencies } from './typing';
import type { WindowFigures } from './window-figures';

export const log = (message: string) => console.error(`· ${message}`);

/** The paragraph nearest the middle that satisfies `test`. */
function middleParagraph(project: Project, test: (children: { type?: string }[]) => boolean): number {
  const blocks = project.article.body.root.children as { children?: { type?: string }[] }[];
  for (let i = Math.floor(blocks.length / 2); i < blocks.length; i += 1) if (test(blocks[i].children ?? [])) return i;
  throw new Error('bench: no suitable paragraph');
}

/** The app writes a crash backup a second after typing stops: let it finish before the other page types. */
const APP_SETTLE_MS = 2_500;

/** Typing on each page in turn, in `rounds` blocks, so that a slow minute on this shared machine falls on every side of a ratio. */
async function typeInTurn(
  pages: Page[],
  paragraph: number,
  count: number,
  rounds = 5,
): Promise<{ latencies: number[][]; cpuPerKey: number[] }> {
  const latencies: number[][] = pages.map(() => []);
  const cpu = pages.map(() => 0);
  const meters = await Promise.all(pages.map((page) => mainThreadCpu(page)));
  for (let round = 0; round < rounds; round += 1) {
    for (const [j, page] of pages.entries()) {
      const typed = await cpuDuring(meters[j], () => typingLatencies(page, paragraph, 'text', count / rounds));
      latencies[j].push(...typed.value);
      cpu[j] += typed.cpu;
      await page.waitForTimeout(APP_SETTLE_MS);
    }
  }
  return { latencies, cpuPerKey: cpu.map((ms) => ms / count) };
}

/** Reading, parsing and validating the file, checking its document state, and taking the source texts and the activity log out, as main does before sending it. */
async function mainLoadMs(file: string): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < 3; i += 1) {
    const start = performance.now();
    const loaded = await loadProjectFile(file);
    if (!loaded.ok) throw new Error('bench: the workload does not load');
    new HeldProjects().begin(loaded.project);
    times.push(performance.now() - start);
  }
  return median(times);
}

export type PerArm<T> = Record<BindingArm, T>;
const perArm = <T>(make: (arm: BindingArm) => T): PerArm<T> => ({ off: make('off'), on: make('on') });

/** Runs `step` on each arm in turn (off, then on), `times` times over: a busy minute falls on both. */
async function inTurn<T>(times: number, step: (arm: BindingArm, i: number) => Promise<T>): Promise<PerArm<T[]>> {
  const out = perArm<T[]>(() => []);
  for (let i = 0; i < times; i += 1) for (const arm of BINDING_ARMS) out[arm].push(await step(arm, i));
  return out;
}

export async function benchWindows(
  workload: Workload,
  files: PerArm<string>,
): Promise<{ bare: { open: number; heap: number; typing: number[] }; app: PerArm<WindowFigures> }> {
  const { project, spec } = workload;
  const name = spec.name;
  const textParagraph = middleParagraph(project, (children) => children.some((child) => child.type === 'text'));
  const claimParagraph = middleParagraph(project, (children) => children.some((child) => child.type === 'mark'));
  const opens = name === 'large' ? 3 : 5;

  log(`${name}: opens ×${opens} in turn (bare Lexical, binding off, binding on)`);
  const bareOpens: number[] = [];
  const appOpens = await inTurn(opens, async (arm) => {
    if (arm === 'off') {
      const bare = await openBaseline(project);
      bareOpens.push(bare.openMs);
      await bare.close();
    }
    const meter = { read: async () => 0, before: 0 };
    const opened = await openApp(project, files[arm], {
      binding: arm,
      beforeOpen: async (page) => {
        meter.read = await mainThreadCpu(page);
        meter.before = await meter.read();
      },
    });
    const cpu = (await meter.read()) - meter.before;
    await opened.close();
    return { ...opened, cpu };
  });
  const loadMs = perArm(() => 0);
  for (const arm of BINDING_ARMS) loadMs[arm] = await mainLoadMs(files[arm]);

  log(`${name}: heap, then typing in turn on the three pages`);
  const basePage = await openBaseline(project);
  const bareHeap = await jsHeapBytes(basePage.page);
  const pages = perArm<OpenedPage | null>(() => null);
  const heap = perArm(() => 0);
  for (const arm of BINDING_ARMS) {
    pages[arm] = await openApp(project, files[arm], { binding: arm });
    heap[arm] = await jsHeapBytes(pages[arm]!.page);
  }
  const page = (arm: BindingArm) => pages[arm]!.page;
  const typed = await typeInTurn([basePage.page, page('off'), page('on')], textParagraph, 200);
  const [bareTyping, offTyping, onTyping] = typed.latencies;
  const meters = perArm<() => Promise<number>>(() => async () => NaN);
  for (const arm of BINDING_ARMS) meters[arm] = await mainThreadCpu(page(arm));
  const measured = <T>(arm: BindingArm, work: () => Promise<T>) => cpuDuring(meters[arm], work);
  await basePage.close();

  log(`${name}: typing in a claim, claim interactions, save — each arm in turn`);
  const typingInClaim = await inTurn(1, (arm) =>
    measured(arm, () => typingLatencies(page(arm), claimParagraph, 'claim', 100)),
  );
  // The crash backup due after that typing is let finish first: its own cost is save_block_*.
  await page('on').waitForTimeout(APP_SETTLE_MS);
  const switches = await inTurn(1, (arm) => measured(arm, () => switchActiveClaim(page(arm), 10)));
  // A verdict change is an edit: the crash backup it brings (a second later) is let finish outside the next figure.
  const ratings = await inTurn(1, async (arm) => {
    const rated = await measured(arm, () => rateActiveClaim(page(arm), 10));
    await page(arm).waitForTimeout(APP_SETTLE_MS);
    return rated;
  });
  const filters = await inTurn(1, (arm) => measured(arm, () => filterClaims(page(arm), project, 'marlow')));
  const marking = await inTurn(5, (arm, i) =>
    measured(arm, () =>
      markAndUnmark(
        page(arm),
        workload.unmarkedParagraphs[
          (Math.floor(workload.unmarkedParagraphs.length / 2) + i) % workload.unmarkedParagraphs.length
        ],
        project.claims.length,
      ),
    ),
  );
  await page('on').waitForTimeout(APP_SETTLE_MS);
  const saves = await inTurn(1, (arm) => saveBlockMs(page(arm), textParagraph));
  for (const arm of BINDING_ARMS) await pages[arm]!.close();

  const app = perArm<WindowFigures>((arm) => ({
    open: loadMs[arm] + median(appOpens[arm].map((o) => o.openMs)),
    openRenderer: median(appOpens[arm].map((o) => o.openMs)),
    openHarness: median(appOpens[arm].map((o) => o.clickToPaintMs ?? NaN)),
    openStateTransit: median(appOpens[arm].map((o) => o.documentTransitMs ?? 0)),
    heap: heap[arm],
    typing: arm === 'off' ? offTyping : onTyping,
    typingInClaim: typingInClaim[arm][0].value,
    switches: switches[arm][0].value,
    ratings: ratings[arm][0].value,
    filters: filters[arm][0].value,
    marks: marking[arm].map((m) => m.value.mark),
    unmarks: marking[arm].map((m) => m.value.unmark),
    cpu: {
      open: median(appOpens[arm].map((o) => o.cpu)),
      typingPerKey: typed.cpuPerKey[arm === 'off' ? 1 : 2],
      claimTypingPerKey: typingInClaim[arm][0].cpu / typingInClaim[arm][0].value.length,
      switch: switches[arm][0].cpu / switches[arm][0].value.length,
      rate: ratings[arm][0].cpu / ratings[arm][0].value.length,
      filterPerKey: filters[arm][0].cpu / filters[arm][0].value.length,
      markAndUnmark: median(marking[arm].map((m) => m.cpu)),
    },
    save: saves[arm][0],
    fileBytes: statSync(files[arm]).size,
  }));
  return { bare: { open: median(bareOpens), heap: bareHeap, typing: bareTyping }, app };
}
