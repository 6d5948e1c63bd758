import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, findChromium } from '../main/services/export/find-chromium';
import { ensureChromium } from './ensure-chromium';

/** `npm run test:browser`, the first step of `npm test`. */
void ensureChromium({
  installedChromium: () => {
    const found = findChromium();
    return found && existsSync(found) ? found : undefined;
  },
  playwrightChromiumStarts: async () => {
    try {
      await (await chromium.launch({ headless: true, args: CHROMIUM_FLAGS })).close();
      return true;
    } catch {
      return false;
    }
  },
  installPlaywrightChromium: () =>
    spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit', shell: process.platform === 'win32' })
      .status === 0,
  log: (line) => console.log(line),
}).then((ready) => {
  process.exitCode = ready ? 0 : 1;
});
