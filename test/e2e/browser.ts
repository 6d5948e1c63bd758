import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_FLAGS, findChromium } from '../../main/services/export/find-chromium';

/**
 * Debian's Chromium where it is installed (these build machines), else the
 * browser Playwright downloaded (a developer's laptop).
 */
let shared: Promise<Browser> | null = null;

export function sharedBrowser(): Promise<Browser> {
  if (!shared) shared = chromium.launch({ headless: true, executablePath: findChromium(), args: CHROMIUM_FLAGS });
  return shared;
}
