import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { BrowserWindow } from 'electron';
import { PDF_EMPTY_HEADER, pdfFooterTemplate } from '../../shared/report/pdf-footer';

const MM_PER_INCH = 25.4;
const inches = (mm: number) => mm / MM_PER_INCH;

/**
 * Print report HTML to PDF in a hidden, script-less window, with the article
 * title and page numbers in the footer. The HTML goes through a temporary
 * file (a data: URL is capped at 2 MB); the window may not navigate anywhere.
 */
export async function printToPdf(html: string, title: string): Promise<Uint8Array> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'factdesk-print-'));
  const file = path.join(folder, 'report.html');
  const window = new BrowserWindow({
    show: false,
    webPreferences: { sandbox: true, javascript: false, contextIsolation: true, nodeIntegration: false },
  });
  try {
    window.webContents.on('will-navigate', (event) => event.preventDefault());
    window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
    await writeFile(file, html, 'utf8');
    await window.loadFile(file);
    return await window.webContents.printToPDF({
      pageSize: 'A4',
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: PDF_EMPTY_HEADER,
      footerTemplate: pdfFooterTemplate(title),
      margins: { top: inches(16), bottom: inches(18), left: inches(15), right: inches(15) },
      // Accessible: a structure tree (headings, lists, reading order) and bookmarks from the headings.
      generateTaggedPDF: true,
      generateDocumentOutline: true,
    });
  } finally {
    window.destroy();
    await rm(folder, { recursive: true, force: true });
  }
}
