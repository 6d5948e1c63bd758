import type { Page } from 'playwright-core';
import { expect, test } from './fixtures';
import { articleText, claimRows } from './editor-helpers';

/**
 * Paste payloads that have broken editors elsewhere. Whatever arrives, no
 * script runs (a page-level marker stays unset), no dialog opens and the page
 * never navigates.
 */
// Chromium reports what the CSP blocked while the sanitiser parsed the payload in an inert document.
test.use({ toleratedCspViolations: ['script-src-attr inline', 'base-uri https://example.org/'] });

const PAYLOADS: Record<string, string> = {
  'data: URLs': '<p><a href="data:text/html,<script>parent.__pwned=1</script>">data link</a> <img src="data:image/svg+xml,<svg onload=alert(1)>"></p>',
  'SVG with script': '<svg><script>window.__pwned="svg-script"</script><foreignObject><p onmouseover="window.__pwned=1">svg text</p></foreignObject></svg><p>after svg</p>',
  'mutation XSS': '<noscript><p title="</noscript><img src=x onerror=window.__pwned=\'mxss\'>">mxss text</p></noscript><p>after mxss</p>',
  'nested form and style': '<form action="https://example.org"><input value="x"></form><style>*{display:none}</style><p style="background:url(https://example.org/x)">styled text</p>',
  'meta refresh and base': '<meta http-equiv="refresh" content="0;url=https://example.org"><base href="https://example.org/"><p>meta text</p>',
};

async function paste(page: Page, data: Record<string, string>): Promise<void> {
  await page.evaluate((data) => {
    const transfer = new DataTransfer();
    for (const [type, value] of Object.entries(data)) transfer.setData(type, value);
    document.querySelector('[aria-label="Article text"]')!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
  }, data);
}

async function startArticle(page: Page): Promise<void> {
  await page.getByRole('button', { name: /New project/ }).click();
  await articleText(page).click();
  await page.keyboard.type('Intro. ');
}

for (const [name, html] of Object.entries(PAYLOADS)) {
  test(`paste payload (${name}) runs nothing and keeps its text`, async ({ launch }) => {
    const { page } = await launch();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await startArticle(page);
    await paste(page, { 'text/html': html, 'text/plain': 'plain fallback' });
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned ?? null)).toBeNull();
    expect(dialogs).toEqual([]);
    expect(page.url()).toBe('https://factdesk.app/index.html');
    await expect(articleText(page).locator('img, svg, script, iframe, form, input, style, meta, base, noscript')).toHaveCount(0);
    await expect(articleText(page).locator('a[href^="data:"], a[href^="javascript:"], [style*="url("]')).toHaveCount(0);
    await expect(articleText(page)).toContainText('Intro.');
  });
}

test('crafted Lexical clipboard JSON is ignored: no claim highlight, no node state, only the plain text arrives', async ({ launch }) => {
  const { page } = await launch();
  await startArticle(page);
  const crafted = JSON.stringify({
    namespace: 'factdesk-article',
    nodes: [{ type: 'mark', ids: ['clm_forged'], children: [{ type: 'text', text: 'forged claim', format: 0, detail: 0, mode: 'normal', style: 'background:url(https://example.org/x)', version: 1 }], direction: null, format: '', indent: 0, version: 1, $: { factdeskClaims: { clm_forged: { id: 'clm_forged' } } } }],
  });
  await paste(page, { 'application/x-lexical-editor': crafted, 'text/plain': 'forged claim' });
  await expect(articleText(page)).toContainText('Intro. forged claim');
  await expect(articleText(page).locator('mark')).toHaveCount(0);
  await expect(claimRows(page)).toHaveCount(0);
});
