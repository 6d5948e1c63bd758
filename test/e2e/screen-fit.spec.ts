import type { Locator, Page } from 'playwright-core';
import { expect, test } from './fixtures';
import { articleText, claimsPanel, dragSelect, openClaimRow } from './editor-helpers';
import { pixelAt, pixelsIn } from './pixel';

const openDemo = async (page: Page) => {
  await page.getByRole('button', { name: /Open demo project/ }).click();
  await expect(articleText(page)).toContainText('Households');
};

/** Is the centre of `control` really it (not clipped, scrolled away or covered)? */
const reachable = (control: Locator) =>
  control.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return box.bottom <= window.innerHeight && !!hit && (hit === el || el.contains(hit));
  });

test('Preferences at 1360×860: Done is on screen without scrolling', async ({ launch }) => {
  const { page } = await launch({ viewport: { width: 1360, height: 860 } });
  await expect(page.getByRole('heading', { name: 'Factdesk' })).toBeVisible();
  await page.keyboard.press('Control+,');
  const prefs = page.getByRole('dialog', { name: 'Preferences' });
  await expect(prefs).toBeVisible();
  expect(await reachable(prefs.getByRole('button', { name: 'Done' }))).toBe(true);
});

test('the shortcuts sheet shows every Claim shortcut without scrolling', async ({ launch }) => {
  const { page } = await launch();
  await expect(page.getByRole('heading', { name: 'Factdesk' })).toBeVisible();
  await page.keyboard.press('Control+/');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  const claim = sheet.locator('section', { has: page.getByRole('heading', { name: 'Claim' }) });
  const rows = await claim.locator('.shortcut-row').all();
  expect(rows.length).toBe(5);
  for (const row of rows) expect(await reachable(row.locator('kbd')), await row.innerText()).toBe(true);
});

test('the Find bar shows its query: nothing is drawn over the text', async ({ launch }) => {
  const { page } = await launch();
  await openDemo(page);
  await articleText(page).click();
  await page.keyboard.press('Control+f');
  const field = page.getByRole('searchbox', { name: 'Find' });
  // A query of a sentence's length fits.
  await field.fill('the utility lost 41 million litres a day');
  const width = await field.evaluate((el) => ({ client: el.clientWidth, scroll: el.scrollWidth }));
  expect(width.scroll).toBeLessThanOrEqual(width.client);
  // With a short query the right end of the field is empty: no clear button over where the text runs.
  await field.fill('dam');
  const box = (await field.boundingBox())!;
  const rightEnd = await pixelsIn(page, {
    x: box.x + box.width - 34,
    y: box.y + 6,
    width: 26,
    height: box.height - 12,
  });
  const darkest = Math.min(...rightEnd.map(([r, g, b]) => r + g + b));
  expect(darkest).toBeGreaterThan(600);
});

test('the Legend stays under a dialog’s backdrop', async ({ launch }) => {
  const { page } = await launch();
  await openDemo(page);
  await page.locator('.legend summary').click();
  const legend = page.getByRole('list', { name: 'Highlight colours' });
  await expect(legend).toBeVisible();
  const box = (await legend.boundingBox())!;
  // A point of the popover's own background, right of the labels.
  const spot = { x: Math.round(box.x + box.width - 6), y: Math.round(box.y + 6) };
  const open = await pixelAt(page, spot);
  await page.keyboard.press('Control+,');
  await expect(page.getByRole('dialog', { name: 'Preferences' })).toBeVisible();
  expect(await reachable(legend)).toBe(false);
  // What is painted there is dimmed by the backdrop, like everything else behind the dialog.
  const covered = await pixelAt(page, spot);
  expect(covered[0] + covered[1] + covered[2]).toBeLessThan(open[0] + open[1] + open[2] - 60);
});

/** CIE76 colour difference between two CSS colours. */
function deltaE(a: string, b: string): number {
  const rgb = (css: string) =>
    css
      .match(/[\d.]+/g)!
      .slice(0, 3)
      .map((v) => Number(v) / 255);
  const lab = (css: string) => {
    const [r, g, b2] = rgb(css).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
    const [x, y, z] = [
      (0.4124 * r + 0.3576 * g + 0.1805 * b2) / 0.95047,
      0.2126 * r + 0.7152 * g + 0.0722 * b2,
      (0.0193 * r + 0.1192 * g + 0.9505 * b2) / 1.08883,
    ].map(f);
    return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
  };
  const [p, q] = [lab(a), lab(b)];
  return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}

test('Unrated, Mixed and Misleading look different in both themes', async ({ launch }) => {
  const { page } = await launch();
  await openDemo(page);
  for (const theme of ['light', 'dark']) {
    await page.evaluate((t) => document.documentElement.setAttribute('data-theme', t), theme);
    const colours = await page
      .locator('.legend-swatch')
      .evaluateAll((swatches) =>
        Object.fromEntries(
          swatches
            .filter((s) => !s.hasAttribute('data-overlap'))
            .map((s) => [s.getAttribute('data-verdict'), getComputedStyle(s).backgroundColor]),
        ),
      );
    for (const [a, b] of [
      ['unrated', 'mixed'],
      ['unrated', 'misleading'],
      ['mixed', 'misleading'],
    ]) {
      expect(deltaE(colours[a], colours[b]), `${theme}: ${a} vs ${b}`).toBeGreaterThanOrEqual(20);
    }
  }
});

test('overlapping highlights keep the outer claim’s colour visible over the inner one', async ({ launch }) => {
  const { page } = await launch();
  await openDemo(page);
  // Claim 1 is rated Accurate (green); mark a phrase inside it as a new, unrated claim.
  await dragSelect(page, 'rise by 14 per cent');
  await page.keyboard.press('Control+Shift+M');
  const overlap = articleText(page).locator('mark[data-overlap="true"]');
  await expect(overlap).toHaveText('rise by 14 per cent');
  const [inner, outerColour] = await overlap.evaluate((el) => [
    getComputedStyle(el).backgroundImage + ' ' + getComputedStyle(el).borderBottomColor,
    getComputedStyle(document.querySelector('.legend-swatch[data-verdict="accurate"]')!).backgroundColor,
  ]);
  expect(inner).toContain(outerColour.replace('rgb(', '').replace(')', ''));
  await openClaimRow(page, 0);
  await expect(claimsPanel(page).getByRole('region', { name: 'Claim 1' })).toBeVisible();
});
