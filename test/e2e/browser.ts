import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/**
 * Debian's Chromium where it is installed (these build machines), else the
 * browser Playwright downloaded (a developer's laptop).
 */
const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

let shared: Promise<Browser> | null = null;

export function sharedBrowser(): Promise<Browser> {
  if (!shared) {
    const executablePath = process.env.FACTDESK_CHROMIUM ?? SYSTEM_CHROMIUM.find((candidate) => existsSync(candidate));
    shared = chromium.launch({ headless: true, executablePath, args: FLAGS });
  }
  return shared;
}
