import type { Page } from 'playwright-core';

type Bridge = { __factdeskInvoke(method: string, args: unknown): Promise<unknown>; __releaseHeld?: () => void };

/**
 * Holds the window's next call of `method` before it reaches main, as a long
 * save or read of a large project would take a moment; returns a way to wait
 * until the call is held and to let it go.
 */
export async function holdNextCall(
  page: Page,
  method: string,
): Promise<{ held(): Promise<void>; release(): Promise<void> }> {
  await page.evaluate((held) => {
    const bridge = window as unknown as Bridge;
    const invoke = bridge.__factdeskInvoke;
    bridge.__factdeskInvoke = (name, args) => {
      if (name !== held) return invoke(name, args);
      bridge.__factdeskInvoke = invoke;
      return new Promise((resolve) => (bridge.__releaseHeld = () => resolve(invoke(name, args))));
    };
  }, method);
  return {
    held: () =>
      page
        .waitForFunction(() => typeof (window as unknown as Bridge).__releaseHeld === 'function')
        .then(() => undefined),
    release: () => page.evaluate(() => (window as unknown as Bridge).__releaseHeld!()),
  };
}
