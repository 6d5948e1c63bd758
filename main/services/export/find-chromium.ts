import { existsSync } from 'node:fs';

/**
 * A Chromium to drive with playwright-core: FACTDESK_CHROMIUM when set (and
 * only it), else Debian's or a usual install location, else undefined
 * (Playwright's own downloaded browser, if there is one).
 */
const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.FACTDESK_CHROMIUM) return env.FACTDESK_CHROMIUM;
  return CANDIDATES.find((candidate) => existsSync(candidate));
}
