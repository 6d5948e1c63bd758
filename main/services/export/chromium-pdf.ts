import { existsSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { dependencies } from '../../../package.json';
import { PDF_EMPTY_HEADER, pdfFooterTemplate } from '../../../shared/report/pdf-footer';
import { CHROMIUM_FLAGS, findChromium } from './find-chromium';

/**
 * Print report HTML to PDF with a Chromium driven by playwright-core: the
 * command line's printer (the app prints with Electron instead). The page
 * may not reach the network.
 */

/** PDF export cannot run here (no browser, or no playwright-core to drive one); the message says what to install. */
export class NoChromiumError extends Error {}

const NO_CHROMIUM =
  'PDF export needs Chromium or Google Chrome, and none was found. Install Chromium (Debian/Ubuntu: apt-get install chromium), or set FACTDESK_CHROMIUM to the browser’s path. The other formats need no browser.';

export const PDF_MARGINS = { top: '16mm', bottom: '18mm', left: '15mm', right: '15mm' };

/** playwright-core is a dependency of the factdesk package, but an install may lack it (e.g. copied without node_modules). */
async function loadPlaywright(): Promise<typeof import('playwright-core')> {
  try {
    return await import('playwright-core');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'MODULE_NOT_FOUND' && code !== 'ERR_MODULE_NOT_FOUND') throw error;
    throw new NoChromiumError(
      `PDF export needs the playwright-core package, which is not installed beside factdesk. Install it where factdesk is installed: npm install playwright-core@${dependencies['playwright-core']}. The other formats need nothing more.`,
    );
  }
}

export async function printHtmlWithChromium(html: string, title: string): Promise<Uint8Array> {
  const executablePath = findChromium();
  if (executablePath && !existsSync(executablePath))
    throw new NoChromiumError(`${NO_CHROMIUM} (FACTDESK_CHROMIUM names ${executablePath}, which does not exist.)`);
  const { chromium } = await loadPlaywright();
  let browser;
  try {
    browser = await chromium.launch({ headless: true, executablePath, args: CHROMIUM_FLAGS });
  } catch {
    throw new NoChromiumError(NO_CHROMIUM);
  }
  try {
    return await printOnPage(await browser.newPage(), html, title);
  } finally {
    await browser.close();
  }
}

/** Print on a fresh page of an already running Chromium (the e2e harness has one). */
export async function printOnPage(page: Page, html: string, title: string): Promise<Uint8Array> {
  await page.route('**/*', (route) => route.abort('blockedbyclient'));
  await page.setContent(html, { waitUntil: 'load' });
  return page.pdf({
    format: 'A4',
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: PDF_EMPTY_HEADER,
    footerTemplate: pdfFooterTemplate(title),
    margin: PDF_MARGINS,
    // Accessible: a structure tree (headings, lists, reading order) and bookmarks from the headings.
    tagged: true,
    outline: true,
  });
}
