import type { Page } from 'playwright-core';
import { matchesFilter, NO_FILTER } from '../../renderer/panels/claims/claim-filter';
import type { Project } from '../../shared/project/schema';
import { VERDICTS } from '../../shared/claims/verdicts';
import { timedKey, type ProbeWindow } from './probe';

/** Claims-panel and highlight interactions in the app, each timed to paint. */

const COUNT = '.claims-panel .count';

/** Move to the next claim (Alt+↓, as a checker does) n times; ms per switch until its card and highlight are active. */
export async function switchActiveClaim(page: Page, times: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < times; i += 1) {
    out.push(
      await page.evaluate(async () => {
        const probe = (window as unknown as ProbeWindow).__probe;
        const activeRow = () =>
          document.querySelector<HTMLElement>('li.is-active[data-claim-row]')?.dataset.claimRow ?? null;
        const before = activeRow();
        const start = performance.now();
        window.dispatchEvent(
          new KeyboardEvent('keydown', {
            key: 'ArrowDown',
            code: 'ArrowDown',
            altKey: true,
            bubbles: true,
            cancelable: true,
          }),
        );
        const end = await probe.until(() => {
          const now = activeRow();
          return (
            now !== null &&
            now !== before &&
            !!document.querySelector('li.is-active section.claim-card') &&
            !!document.querySelector('mark[data-active="true"]')
          );
        });
        return end - start;
      }),
    );
  }
  return out;
}

/**
 * Change the active claim's verdict on its card `times` times (a different verdict each time); ms per change
 * until the row's badge and the highlight show it.
 */
export async function rateActiveClaim(page: Page, times: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < times; i += 1) {
    out.push(
      await page.evaluate(
        async (verdicts) => {
          const probe = (window as unknown as ProbeWindow).__probe;
          const select = document.querySelector<HTMLSelectElement>(
            'li.is-active section.claim-card select[aria-label="Verdict"]',
          );
          if (!select) throw new Error('bench: no active claim card to rate');
          const next = verdicts[(verdicts.indexOf(select.value) + 1) % verdicts.length];
          const start = performance.now();
          // React listens for the change event and reads the value through the element's own setter.
          Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')!.set!.call(select, next);
          select.dispatchEvent(new Event('change', { bubbles: true }));
          const end = await probe.until(
            () =>
              !!document.querySelector(`li.is-active .verdict-badge.verdict-${next}`) &&
              [...document.querySelectorAll<HTMLElement>('mark[data-active="true"]')].some(
                (mark) => mark.dataset.verdict === next || mark.dataset.outerVerdict === next,
              ),
          );
          return end - start;
        },
        VERDICTS as readonly string[],
      ),
    );
    await page.waitForTimeout(100);
  }
  return out;
}

/** Type a search into the panel's search box and clear it again; ms per keystroke until the count shows the result. */
export async function filterClaims(page: Page, project: Project, query: string): Promise<number[]> {
  await page.getByRole('searchbox', { name: 'Search claims' }).focus();
  const total = project.claims.length;
  const countFor = (text: string) => {
    if (text.trim() === '') return String(total);
    const matching = project.claims.filter((claim) =>
      matchesFilter(claim, claim.anchor.quote.exact, { ...NO_FILTER, text }),
    ).length;
    return `${matching} of ${total}`;
  };
  const out: number[] = [];
  for (let i = 1; i <= query.length; i += 1)
    out.push(await timedKey(page, query[i - 1], { selector: COUNT, text: countFor(query.slice(0, i)) }));
  for (let i = query.length - 1; i >= 0; i -= 1)
    out.push(await timedKey(page, 'Backspace', { selector: COUNT, text: countFor(query.slice(0, i)) }));
  return out;
}

/** Mark words of an unmarked paragraph with Ctrl+Shift+M, then delete the claim from its card; ms for each. */
export async function markAndUnmark(
  page: Page,
  paragraph: number,
  total: number,
): Promise<{ mark: number; unmark: number }> {
  await page.evaluate((index) => {
    const root = document.querySelector<HTMLElement>('[aria-label="Article text"]')!;
    const block = root.children[index] as HTMLElement;
    const text = block.querySelector('span[data-lexical-text]')!.firstChild!;
    block.scrollIntoView({ block: 'center' });
    root.focus();
    window.getSelection()!.setBaseAndExtent(text, 0, text, 30);
  }, paragraph);
  await page.waitForTimeout(200);
  const mark = await timedKey(page, 'Control+Shift+M', { selector: COUNT, text: String(total + 1) });
  const unmark = await page.evaluate(async (claims) => {
    const probe = (window as unknown as ProbeWindow).__probe;
    await probe.until(() => !!document.querySelector('section.claim-card button.danger'));
    const start = performance.now();
    document.querySelector<HTMLButtonElement>('section.claim-card button.danger')!.click();
    const end = await probe.until(() => document.querySelector('.claims-panel .count')?.textContent === claims);
    return end - start;
  }, String(total));
  return { mark, unmark };
}

export interface SaveTasks {
  /** Longest stretch the main thread was busy from the keydown of Ctrl+S until the save was handed to IPC. */
  handOff: number;
  /** Longest stretch from the keydown until the save is done and shown (the title loses its ●). */
  longest: number;
  /** ms from the keydown to the hand-off, and to the save shown. */
  total: number;
  saved: number;
  /** PerformanceObserver 'longtask' entries (≥ 50 ms) in that time: how many, and the longest (the harness's JSON.stringify of the request included). */
  longTasks: number;
  longestLongTask: number;
  /** The calls to main meanwhile, with the size of their arguments (e.g. the crash backup's). */
  calls: string[];
}

/**
 * Ctrl+S after one keystroke: the longest time the page's main thread is
 * busy at a stretch, so unable to handle a keystroke, between the keydown and
 * the save leaving for main (reading the editor state a slice at a time,
 * detaching claims, writing the project's JSON text, and handing it to IPC:
 * structuredClone of the call's arguments stands in for Electron's), and on
 * until the window shows the save done. Measured as the longest gap between
 * the ticks of a message loop running meanwhile; Chromium's long-task entries
 * are taken as well, as a check. Every call to main meanwhile (the save, a
 * crash backup falling due) is handed over as Electron would: the harness's
 * JSON.stringify of its arguments is replaced by structuredClone, and its
 * binding's transfer to Node is left out.
 */
export async function saveBlockMs(page: Page, paragraph: number): Promise<SaveTasks> {
  await page.evaluate((index) => {
    const root = document.querySelector<HTMLElement>('[aria-label="Article text"]')!;
    const block = root.children[index] as HTMLElement;
    block.scrollIntoView({ block: 'center' });
    root.focus();
    window.getSelection()!.collapse(block.querySelector('span[data-lexical-text]')!.firstChild!, 0);
  }, paragraph);
  await page.waitForTimeout(200);
  await page.keyboard.press('x');
  await page.waitForFunction(() => document.title.startsWith('●'));
  await page.evaluate(() => {
    const bench = window as unknown as {
      __factdeskInvoke(method: string, args: unknown): Promise<unknown>;
      __saveTasks?: Promise<SaveTasks>;
    };
    const invoke = bench.__factdeskInvoke;
    let keydownAt = 0;
    let lastTick = 0;
    let longest = 0;
    let handOff = -1;
    let handedAt = 0;
    let finished = false;
    const calls: string[] = [];
    let finish: (tasks: SaveTasks) => void = () => undefined;
    bench.__saveTasks = new Promise((resolve) => (finish = resolve));
    const longTasks: number[] = [];
    const observer = new PerformanceObserver((list) =>
      list.getEntries().forEach((entry) => {
        if (entry.startTime >= keydownAt) longTasks.push(entry.duration);
      }),
    );
    observer.observe({ type: 'longtask' });
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      const now = performance.now();
      longest = Math.max(longest, now - lastTick);
      lastTick = now;
      if (handOff < 0 || document.title.startsWith('●')) return channel.port2.postMessage(null);
      // Entries of the last tasks are queued, not yet delivered: take them now.
      observer.takeRecords().forEach((entry) => entry.startTime >= keydownAt && longTasks.push(entry.duration));
      observer.disconnect();
      finished = true;
      bench.__factdeskInvoke = invoke;
      finish({
        calls,
        handOff,
        longest,
        total: handedAt - keydownAt,
        saved: now - keydownAt,
        longTasks: longTasks.length,
        longestLongTask: Math.max(0, ...longTasks),
      });
    };
    window.addEventListener(
      'keydown',
      (event) => {
        keydownAt = event.timeStamp;
        lastTick = keydownAt;
        channel.port2.postMessage(null);
      },
      { capture: true, once: true },
    );
    // Electron's IPC clones the arguments with V8's serialiser; the harness instead JSON.stringifies
    // them (just before this call), which costs far more for a long string. That step is timed again
    // here and replaced in the figure by structuredClone of the same arguments.
    const timed = (work: () => unknown) => {
      const start = performance.now();
      work();
      return performance.now() - start;
    };
    bench.__factdeskInvoke = (method, args) => {
      if (keydownAt === 0 || finished) return invoke(method, args);
      const now = performance.now();
      const sent = JSON.parse(args as string) as unknown;
      const stretch = now - lastTick - timed(() => JSON.stringify(sent)) + timed(() => structuredClone(sent));
      longest = Math.max(longest, stretch);
      calls.push(`${method} ${Math.round((args as string).length / 1024)} KB`);
      if (method === 'saveProject' && handOff < 0) {
        handOff = longest;
        handedAt = now;
      }
      const sending = invoke(method, args);
      // The harness's own hand-over of the call (Playwright's binding, a JSON string to Node) is no part of the app's.
      lastTick = performance.now();
      return sending;
    };
  });
  await page.keyboard.press('Control+s');
  return page.evaluate(
    (timeoutMs) =>
      Promise.race([
        (window as unknown as { __saveTasks: Promise<SaveTasks> }).__saveTasks,
        new Promise<never>((_, reject) =>
          setTimeout(() => reject(new Error('bench: the save did not finish')), timeoutMs),
        ),
      ]),
    120_000,
  );
}
