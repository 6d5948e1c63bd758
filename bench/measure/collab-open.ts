import type { Page } from 'playwright-core';
import type { Project } from '../../shared/project/schema';
import { markElementCount } from './pages';
import { installProbe, type ProbeWindow } from './probe';

/**
 * Opening a shared project in a window, timed as bench/measure/pages.ts
 * times opening its file: from the click (here the Open dialog's Open
 * button) to the workspace painted with every claim listed and every
 * highlight decorated, and the status bar saying Connected. Each call the
 * window makes to main on the way is timed too (harness transport
 * included), so the figure can be split into its parts.
 */

export interface SharedOpenFigures {
  clickToPaintMs: number;
  /** Method → [start, end] in ms from the click, with the sizes of the JSON argument and answer. */
  calls: Array<{ method: string; start: number; end: number; argChars: number; answerChars: number }>;
}

/** The Open shared project dialog must be filled in; this clicks its Open button and waits. */
export async function timeSharedOpen(page: Page, project: Project): Promise<SharedOpenFigures> {
  await installProbe(page);
  const expected = { claims: String(project.claims.length), marks: markElementCount(project) };
  return page.evaluate(async ({ claims, marks }) => {
    const probe = (window as unknown as ProbeWindow).__probe;
    const bridge = window as unknown as { __factdeskInvoke(method: string, args: string): Promise<string> };
    const invoke = bridge.__factdeskInvoke;
    const calls: SharedOpenFigures['calls'] = [];
    let start = 0;
    bridge.__factdeskInvoke = async (method, args) => {
      const asked = performance.now() - start;
      const answer = await invoke(method, args);
      calls.push({
        method,
        start: asked,
        end: performance.now() - start,
        argChars: args?.length ?? 0,
        answerChars: answer?.length ?? 0,
      });
      return answer;
    };
    const dialog = document.querySelector('[role="dialog"]')!;
    const button = [...dialog.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Open')!;
    start = performance.now();
    button.click();
    const end = await probe.until(() => {
      const status = document.querySelector('[role="status"][aria-label^="Shared project:"]');
      if (status?.textContent?.trim() !== 'Connected') return false;
      if (document.querySelector('.claims-panel .count')?.textContent !== claims) return false;
      if (!document.querySelector('[aria-label="Claims list"] button.claim-row-button')) return false;
      const all = document.querySelector('[aria-label="Article text"]')?.getElementsByTagName('mark');
      return !!all && all.length === marks && all[all.length - 1].dataset.verdict !== undefined;
    }, 600_000);
    bridge.__factdeskInvoke = invoke;
    return { clickToPaintMs: end - start, calls };
  }, expected);
}

export function describeCalls(calls: SharedOpenFigures['calls']): string {
  return calls
    .map(
      (call) =>
        `${call.method} ${call.start.toFixed(0)}–${call.end.toFixed(0)} ms (${(call.argChars / 1e6).toFixed(2)} MB in, ${(call.answerChars / 1e6).toFixed(2)} MB out)`,
    )
    .join('; ');
}
