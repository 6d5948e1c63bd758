import type { Locator } from 'playwright-core';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { generateWorkload, TYPICAL } from '../../bench/workload';
import { serializeProject } from '../../shared/project/project-file';
import { expect, test } from './fixtures';
import type { Page } from 'playwright-core';
import { articleText, claimRows, claimsPanel } from './editor-helpers';

/** The Claims list renders only the rows near view; every claim must still be reachable. */
const MANY = { ...TYPICAL, name: 'many', paragraphs: 200, claims: 300, sources: 1, sourceWords: 200 };

/** Which claims the highlights marked active belong to (from their tooltips: "Claim N — Verdict"). */
const activeHighlightClaims = (page: Page) =>
  articleText(page)
    .locator('mark[data-active="true"]')
    .evaluateAll((marks) =>
      [
        ...new Set(
          marks.flatMap((mark) => (mark as HTMLElement).title.split('\n').map((line: string) => line.split(' — ')[0])),
        ),
      ].sort(),
    );

test('a long claims list renders the rows in view, and far claims open by keyboard and by scrolling', async ({
  launch,
  tempDir,
}) => {
  const file = path.join(tempDir, 'many.factdesk');
  writeFileSync(file, serializeProject(generateWorkload(MANY, 7).project));
  const { page } = await launch({ projectPath: file });
  const panel = claimsPanel(page);
  // Opening 300 claims through the test harness's transport can take seconds on a busy machine.
  await expect(panel.getByLabel('300 claims')).toHaveText('300', { timeout: 20_000 });
  await expect(claimRows(page).first()).toHaveAccessibleName(/^Claim 1:/);
  const rendered = await claimRows(page).count();
  expect(rendered).toBeGreaterThan(5);
  expect(rendered).toBeLessThan(100);
  await expect(panel.getByRole('listitem').first()).toHaveAttribute('aria-setsize', '300');

  // With no claim open, Alt+↑ wraps round to the last claim.
  await panel.getByRole('searchbox', { name: 'Search claims' }).focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(panel.getByRole('region', { name: 'Claim 300' })).toBeInViewport();
  await expect(panel.getByRole('button', { expanded: true })).toHaveAccessibleName(/^Claim 300:/);
  await expect.poll(() => activeHighlightClaims(page)).toContain('Claim 300');
  // The article jumps to the far highlight, though the blocks on the way were never laid out.
  await expect(articleText(page).locator('mark[data-active="true"]').first()).toBeInViewport();

  await page.keyboard.press('Alt+ArrowDown');
  await expect(panel.getByRole('region', { name: 'Claim 1' })).toBeInViewport();
  // Only the newly active claim's highlights are re-decorated: the previous one's must lose the look.
  await expect.poll(async () => (await activeHighlightClaims(page)).includes('Claim 300')).toBe(false);
  await expect.poll(() => activeHighlightClaims(page)).toContain('Claim 1');

  await panel.locator('.claim-scroll').evaluate((list) => list.scrollTo(0, list.scrollHeight / 2));
  await expect(claimRows(page).first()).not.toHaveAccessibleName(/^Claim 1:/);
  const number = (await rowName(claimRows(page).nth(3))).split(':')[0];
  // By its number, not its place: rows measured at the next frame can shift the window under the pointer.
  await claimRows(page)
    .and(panel.getByRole('button', { name: new RegExp(`^${number}:`) }))
    .click();
  await expect(panel.getByRole('region', { name: number })).toBeVisible();
});

test('typing inside a highlight updates that claim’s quote in the list, and only its row', async ({
  launch,
  tempDir,
}) => {
  const file = path.join(tempDir, 'many.factdesk');
  writeFileSync(file, serializeProject(generateWorkload(MANY, 7).project));
  const { page } = await launch({ projectPath: file });
  const second = await rowName(claimRows(page).nth(1));
  await articleText(page).locator('mark').first().click();
  await page.keyboard.type('Zebra ');
  await expect(articleText(page).locator('mark').first()).toContainText('Zebra ');
  await expect(claimRows(page).first()).toHaveAccessibleName(/^Claim 1: [^.]+\. .*Zebra /);
  // Close the card so the next row is in view again.
  await claimRows(page).first().click();
  await expect(claimRows(page).nth(1)).toHaveAccessibleName(second!);
});

/** A row's accessible name: its screen-reader prefix ("Claim N: Verdict. ") and its quote. */
async function rowName(row: Locator): Promise<string> {
  return `${await row.locator('.visually-hidden').textContent()}${await row.locator('.claim-quote').textContent()}`;
}
