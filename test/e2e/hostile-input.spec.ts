import type { Page } from 'playwright-core';
import { expect, test } from './fixtures';
import { articleText, claimRows, pasteIntoArticle } from './editor-helpers';

/**
 * Paste payloads that have broken editors elsewhere. Whatever arrives, no
 * script runs (a page-level marker stays unset), no dialog opens and the page
 * never navigates.
 */
// Chromium reports what the CSP blocked while the sanitiser parsed the payload in an inert document.
test.use({ toleratedCspViolations: ['script-src-attr inline', 'base-uri https://example.org/'] });

const PAYLOADS: Record<string, string> = {
  'data: URLs':
    '<p><a href="data:text/html,<script>parent.__pwned=1</script>">data link</a> <img src="data:image/svg+xml,<svg onload=alert(1)>"></p>',
  'SVG with script':
    '<svg><script>window.__pwned="svg-script"</script><foreignObject><p onmouseover="window.__pwned=1">svg text</p></foreignObject></svg><p>after svg</p>',
  'mutation XSS':
    '<noscript><p title="</noscript><img src=x onerror=window.__pwned=\'mxss\'>">mxss text</p></noscript><p>after mxss</p>',
  'nested form and style':
    '<form action="https://example.org"><input value="x"></form><style>*{display:none}</style><p style="background:url(https://example.org/x)">styled text</p>',
  'meta refresh and base':
    '<meta http-equiv="refresh" content="0;url=https://example.org"><base href="https://example.org/"><p>meta text</p>',
};

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
    await pasteIntoArticle(page, { 'text/html': html, 'text/plain': 'plain fallback' });
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned ?? null)).toBeNull();
    expect(dialogs).toEqual([]);
    expect(page.url()).toBe('https://factdesk.app/index.html');
    await expect(
      articleText(page).locator('img, svg, script, iframe, form, input, style, meta, base, noscript'),
    ).toHaveCount(0);
    await expect(articleText(page).locator('a[href^="data:"], a[href^="javascript:"], [style*="url("]')).toHaveCount(0);
    await expect(articleText(page)).toContainText('Intro.');
  });
}

test('crafted Lexical clipboard JSON is ignored: no claim highlight, no node state, only the plain text arrives', async ({
  launch,
}) => {
  const { page } = await launch();
  await startArticle(page);
  const crafted = JSON.stringify({
    namespace: 'factdesk-article',
    nodes: [
      {
        type: 'mark',
        ids: ['clm_forged'],
        children: [
          {
            type: 'text',
            text: 'forged claim',
            format: 0,
            detail: 0,
            mode: 'normal',
            style: 'background:url(https://example.org/x)',
            version: 1,
          },
        ],
        direction: null,
        format: '',
        indent: 0,
        version: 1,
        $: { factdeskClaims: { clm_forged: { id: 'clm_forged' } } },
      },
    ],
  });
  await pasteIntoArticle(page, { 'application/x-lexical-editor': crafted, 'text/plain': 'forged claim' });
  await expect(articleText(page)).toContainText('Intro. forged claim');
  await expect(articleText(page).locator('mark')).toHaveCount(0);
  await expect(claimRows(page)).toHaveCount(0);
});

test('a paste of lists nested 300 deep is flattened below the nesting limit, every item kept', async ({ launch }) => {
  const { page } = await launch();
  await startArticle(page);
  const depth = 300;
  const nested = `${Array.from({ length: depth }, (_, i) => `<ul><li>Item ${i}`).join('')}${'</li></ul>'.repeat(depth)}`;
  await pasteIntoArticle(page, { 'text/html': nested, 'text/plain': 'plain fallback' });
  await expect(articleText(page)).toContainText(`Item ${depth - 1}`);
  const { items, deepest } = await articleText(page).evaluate((root) => {
    let max = 0;
    for (const element of root.querySelectorAll('*')) {
      let level = 0;
      for (let node: Element | null = element; node && node !== root; node = node.parentElement) level += 1;
      max = Math.max(max, level);
    }
    return { items: (root.textContent!.match(/Item \d+/g) ?? []).length, deepest: max };
  });
  expect(items).toBe(depth);
  // 49 levels of HTML at most (MAX_IMPORTED_HTML_DEPTH: 24 of lists, two or three elements each as the editor draws them); the paste held 600.
  expect(deepest).toBeLessThan(120);
});

test('a 5 MB paste completes with progress, as one undo step', async ({ launch }) => {
  test.setTimeout(120_000);
  const { page } = await launch();
  await startArticle(page);
  const paragraphs = await page.evaluate(() => {
    const sentence =
      'The harbour authority said container traffic rose by 4 per cent in the year to March, the third rise in a row. ';
    const parts: string[] = [];
    let size = 0;
    for (let i = 0; size < 5 * 1024 * 1024; i += 1) {
      const p = `<p>Paragraph ${i}. ${sentence.repeat(4)}</p>`;
      parts.push(p);
      size += p.length;
    }
    (window as unknown as { __bigPaste: string }).__bigPaste = parts.join('');
    return parts.length;
  });
  await page.evaluate(() => {
    const transfer = new DataTransfer();
    transfer.setData('text/html', (window as unknown as { __bigPaste: string }).__bigPaste);
    document
      .querySelector('[aria-label="Article text"]')!
      .dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
  });
  const progress = page.getByRole('progressbar', { name: 'Pasting' });
  await expect(progress).toBeVisible();
  await expect(progress).toBeHidden({ timeout: 100_000 });
  await expect(articleText(page)).toContainText(`Paragraph ${paragraphs - 1}.`);
  expect(await articleText(page).locator('p').count()).toBeGreaterThanOrEqual(paragraphs);
  // Chunk boundaries (every 250 blocks) do not glue two paragraphs together.
  expect(
    await articleText(page)
      .locator('p')
      .evaluateAll((ps) => ps.filter((p) => /^Paragraph 250\. /.test(p.textContent ?? '')).length),
  ).toBe(1);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(articleText(page)).not.toContainText('Paragraph 0.');
  await expect(articleText(page)).toContainText('Intro.');
});
