/** Polls until `done()` or the time limit, whichever comes first. */
export async function waitUntil(done: () => boolean, limitMs: number, everyMs = 20): Promise<void> {
  const deadline = Date.now() + limitMs;
  while (!done() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, everyMs));
}
