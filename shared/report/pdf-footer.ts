import { escapeHtml } from './escape';

/**
 * The footer Chromium prints on every PDF page (Electron's printToPDF and
 * Playwright's page.pdf take the same template): the article title and
 * "page N of M", filled into the pageNumber/totalPages classes.
 */
export function pdfFooterTemplate(title: string): string {
  const style =
    'font:8px Helvetica,Arial,sans-serif;color:#5d6470;width:100%;margin:0 15mm;display:flex;justify-content:space-between;gap:8mm';
  const name = escapeHtml(title || 'Untitled article');
  return `<div style="${style}"><span style="overflow:hidden;white-space:nowrap;text-overflow:ellipsis">Fact-check report: ${name}</span><span style="white-space:nowrap">Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`;
}

/** Chromium needs a header template too when it prints a footer; this one is empty. */
export const PDF_EMPTY_HEADER = '<span></span>';
