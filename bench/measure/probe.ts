import type { Page } from 'playwright-core';

/**
 * In-page timing, installed in the app and in the baseline alike.
 * "To paint" means: the change is in the DOM at a requestAnimationFrame, and
 * that frame has been produced (a message posted from the rAF callback
 * arrives after the frame's paint). Keystrokes are timed from the keydown
 * event's timeStamp (when the input arrived); clicks from just before the
 * click is dispatched. A condition can be armed before a keystroke, so the
 * figure waits until the effect (e.g. a filtered count) is on screen.
 */
const PROBE_SCRIPT = `(() => {
  // Called from a rAF callback (or a promise settled in one): resolves after that frame's paint.
  const afterThisFrame = () => new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve(performance.now());
    channel.port2.postMessage(null);
  });
  const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  const afterPaint = () => nextFrame().then(afterThisFrame);
  // A condition met at a rAF is painted in that frame: no second frame is waited for.
  const until = async (test, timeout = 120000) => {
    if (test()) return afterPaint();
    const start = performance.now();
    for (;;) {
      if (performance.now() - start > timeout) throw new Error('bench: timed out waiting for the page');
      await nextFrame();
      if (test()) return afterThisFrame();
    }
  };
  const probe = { afterPaint, until, keyLatencies: [], expectation: null };
  const met = (e) => {
    if (!e) return true;
    const el = document.querySelector(e.selector);
    return e.text === null ? !el : !!el && el.textContent === e.text;
  };
  window.addEventListener('keydown', (event) => {
    const start = event.timeStamp;
    const armed = probe.expectation;
    until(() => met(armed)).then((end) => probe.keyLatencies.push(end - start));
  }, true);
  Object.defineProperty(window, '__probe', { value: probe });
})();`;

export interface Expectation {
  selector: string;
  /** The element's text once the change is painted; null: the element is gone. */
  text: string | null;
}

interface Probe {
  keyLatencies: number[];
  expectation: Expectation | null;
  until(test: () => boolean, timeout?: number): Promise<number>;
  afterPaint(): Promise<number>;
}

export type ProbeWindow = Window & { __probe: Probe };

/** Install once the page has loaded (nothing is timed before that). */
export async function installProbe(page: Page): Promise<void> {
  await page.evaluate(PROBE_SCRIPT);
}

/** Press a key and wait until its latency is recorded; returns it in ms. */
export async function timedKey(page: Page, key: string, expectation: Expectation | null = null): Promise<number> {
  const before = await page.evaluate((e) => {
    const probe = (window as unknown as ProbeWindow).__probe;
    probe.expectation = e;
    return probe.keyLatencies.length;
  }, expectation);
  await page.keyboard.press(key);
  return page.evaluate(async (n) => {
    const probe = (window as unknown as ProbeWindow).__probe;
    while (probe.keyLatencies.length <= n) await new Promise((r) => requestAnimationFrame(r));
    probe.expectation = null;
    return probe.keyLatencies[n];
  }, before);
}

export async function jsHeapBytes(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usage.usedSize;
}

/**
 * The page's main-thread CPU time so far (Chromium's `ThreadTime` metric), in ms. Unlike wall times it is not
 * stretched when other jobs hold this shared machine's cores, so the difference across an interaction compares
 * two pages fairly even under load.
 */
export async function mainThreadCpu(page: Page): Promise<() => Promise<number>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  return async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const thread = metrics.find((metric) => metric.name === 'ThreadTime');
    if (!thread) throw new Error('bench: Chromium reported no ThreadTime');
    return thread.value * 1000;
  };
}

/** Main-thread CPU ms spent while `work` ran. */
export async function cpuDuring<T>(
  read: () => Promise<number>,
  work: () => Promise<T>,
): Promise<{ value: T; cpu: number }> {
  const before = await read();
  const value = await work();
  return { value, cpu: (await read()) - before };
}
