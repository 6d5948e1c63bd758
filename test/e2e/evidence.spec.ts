import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { expect, test } from './fixtures';
import { claimsPanel, openClaimRow } from './editor-helpers';

/** Select `phrase` in the open source viewer with a real mouse drag. */
async function dragSelectInSource(page: Page, phrase: string): Promise<void> {
  const points = await page.evaluate((phrase) => {
    const root = document.querySelector('[aria-label="Source text"]')!;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(phrase);
      if (at < 0) continue;
      const rect = (start: number, end: number) => {
        const range = document.createRange();
        range.setStart(node!, start);
        range.setEnd(node!, end);
        return range.getBoundingClientRect();
      };
      const first = rect(at, at + 1);
      const last = rect(at + phrase.length - 1, at + phrase.length);
      return {
        x1: first.left + 1,
        y1: first.top + first.height / 2,
        x2: last.right - 1,
        y2: last.top + last.height / 2,
      };
    }
    throw new Error(`not in the source: ${phrase}`);
  }, phrase);
  await page.mouse.move(points.x1, points.y1);
  await page.mouse.down();
  await page.mouse.move(points.x2, points.y2, { steps: 6 });
  await page.mouse.up();
}

const openSource = async (page: Page, title: RegExp) => {
  await page.getByRole('tab', { name: 'Sources' }).click();
  await page.getByRole('region', { name: 'Sources' }).getByRole('button', { name: title }).first().click();
  await page.getByRole('tab', { name: 'Claims' }).click();
};

test('link a selected excerpt as supporting, see it in the card, save, reopen, and jump to it', async ({
  launch,
  tempDir,
}) => {
  const file = path.join(tempDir, 'evidence');
  const app = await launch({ dialogs: { savePath: () => file } });
  const { page } = app;
  await page.getByRole('button', { name: /Open demo project/ }).click();
  await openClaimRow(page, 0);
  await openSource(page, /Water Charges 2027\/28/);
  const viewer = page.getByRole('region', { name: /^Source: Port Calder City Council/ });
  await expect(viewer).toBeVisible();
  await expect(viewer.getByRole('toolbar', { name: 'Link evidence' })).toContainText(
    'Select a passage to link to claim 1.',
  );

  await dragSelectInSource(page, 'rising from £412.10 to £469.80, an increase of 14.0 per cent');
  await viewer.getByRole('textbox', { name: 'Evidence note' }).fill('Table 3');
  await viewer.getByRole('button', { name: 'Link as supporting' }).click();
  const card = claimsPanel(page).getByRole('region', { name: 'Claim 1' });
  const evidence = card.getByRole('list', { name: 'Evidence', exact: true });
  await expect(evidence.getByRole('listitem')).toHaveCount(1);
  await expect(evidence).toContainText('Supports');
  await expect(evidence).toContainText('“rising from £412.10 to £469.80, an increase of 14.0 per cent”');
  await expect(evidence).toContainText(
    'Port Calder City Council — Water Charges 2027/28, budget paper — Port Calder City Council',
  );
  await expect(evidence).toContainText('Table 3');
  await expect(viewer.locator('.evidence-supports')).toHaveText(
    'rising from £412.10 to £469.80, an increase of 14.0 per cent',
  );

  await page.keyboard.press('Control+s');
  await expect(page).toHaveTitle('evidence — Factdesk');
  const saved = JSON.parse(readFileSync(`${file}.factdesk`, 'utf8'));
  expect(saved.evidence).toEqual([
    expect.objectContaining({
      claimId: 'clm_rate',
      sourceId: 'src_budget',
      stance: 'supports',
      note: 'Table 3',
      anchor: expect.objectContaining({
        quote: expect.objectContaining({ exact: 'rising from £412.10 to £469.80, an increase of 14.0 per cent' }),
      }),
    }),
  ]);
  expect(saved.activity.map((a: { action: string }) => a.action)).toContain('linked evidence');
  await app.close();

  const again = (await launch({ projectPath: `${file}.factdesk` })).page;
  await openClaimRow(again, 0);
  const reopened = claimsPanel(again)
    .getByRole('region', { name: 'Claim 1' })
    .getByRole('list', { name: 'Evidence', exact: true });
  await expect(reopened.getByRole('listitem')).toHaveCount(1);
  await reopened.getByRole('button', { name: /^“rising from £412\.10/ }).click();
  const reopenedViewer = again.getByRole('region', { name: /^Source: Port Calder City Council/ });
  await expect(reopenedViewer.locator('.revealed')).toHaveText(
    'rising from £412.10 to £469.80, an increase of 14.0 per cent',
  );
});

test('accept a suggested excerpt in one click; unlink with undo', async ({ launch }) => {
  const { page } = await launch();
  await page.getByRole('button', { name: /Open demo project/ }).click();
  await openClaimRow(page, 1);
  const card = claimsPanel(page).getByRole('region', { name: 'Claim 2' });
  const suggested = card.getByRole('list', { name: 'Suggested evidence' });
  // The audit's £37.6m shares little wording with the claimed £38m: below the close-match line, shown on request (issue 21).
  await expect(card.getByText('No close match in the sources.')).toBeVisible();
  await card.getByRole('button', { name: 'Show the nearest passages' }).click();
  await expect(suggested.getByRole('listitem').first()).toContainText('Regional Audit Office');
  await expect(suggested.getByRole('listitem').first()).toContainText('figures within 5%: £38 million');
  await expect(suggested).toContainText('£37.6 million');
  await suggested
    .getByRole('button', {
      name: /^Link as supporting: By September 2026 the forecast outturn cost had risen to £37\.6 million/,
    })
    .click();
  const evidence = card.getByRole('list', { name: 'Evidence', exact: true });
  await expect(evidence.getByRole('listitem')).toHaveCount(1);
  await expect(evidence).toContainText('Eastmere Dam Remediation: Value for Money Review — Regional Audit Office');
  await expect(suggested.getByText('By September 2026')).toHaveCount(0);

  await evidence.getByRole('button', { name: /^Unlink evidence/ }).click();
  await expect(card.getByRole('list', { name: 'Evidence', exact: true })).toHaveCount(0);
  await page
    .getByRole('status')
    .filter({ hasText: 'Evidence unlinked.' })
    .getByRole('button', { name: 'Undo' })
    .click();
  await expect(card.getByRole('list', { name: 'Evidence', exact: true }).getByRole('listitem')).toHaveCount(1);
});

test('link by keyboard shortcut as contradicting', async ({ launch, tempDir }) => {
  const { page } = await launch();
  await page.getByRole('button', { name: /Open demo project/ }).click();
  await openClaimRow(page, 3);
  await openSource(page, /Eastmere Dam Remediation/);
  await dragSelectInSource(page, 'Port Calder would be £469.80, Ashby £455.20');
  await page.keyboard.press('Control+Alt+2');
  const evidence = claimsPanel(page)
    .getByRole('region', { name: 'Claim 4' })
    .getByRole('list', { name: 'Evidence', exact: true });
  await expect(evidence).toContainText('Contradicts');
  await expect(evidence).toContainText('Port Calder would be £469.80, Ashby £455.20');
  expect(tempDir).toBeTruthy();
});

test('a source pasted in the window is read back in the viewer, suggested in a claim card, linked, and saved with its text', async ({
  launch,
  tempDir,
}) => {
  const file = path.join(tempDir, 'pasted');
  const { page } = await launch({ dialogs: { savePath: () => file } });
  await page.getByRole('button', { name: /Open demo project/ }).click();
  const pasted =
    'Leak figures, Calder Water annual report.\nThe utility lost forty-one million litres of water a day to leaking pipes last year, the annual report says.\nLeaks have since fallen by a quarter.';
  await page.getByRole('tab', { name: 'Sources' }).click();
  await page.getByRole('button', { name: 'Add source' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add source' });
  await dialog.getByLabel('Title').fill('Leak figures');
  await dialog.getByRole('textbox', { name: 'Text', exact: true }).fill(pasted);
  await dialog.getByRole('button', { name: 'Add', exact: true }).click();
  // Its text went to main; the viewer asks for it when it shows the source.
  const viewer = page.getByRole('region', { name: 'Source: Leak figures' });
  await expect(viewer.getByRole('document', { name: 'Source text' })).toHaveText(pasted);

  await page.getByRole('tab', { name: 'Claims' }).click();
  await openClaimRow(page, 2);
  const card = claimsPanel(page).getByRole('region', { name: 'Claim 3' });
  const suggested = card.getByRole('list', { name: 'Suggested evidence' });
  await expect(suggested).toContainText(
    'The utility lost forty-one million litres of water a day to leaking pipes last year',
  );
  await suggested
    .getByRole('button', { name: /^Link as supporting: The utility lost forty-one million litres/ })
    .click();
  await expect(card.getByRole('list', { name: 'Evidence', exact: true })).toContainText('Leak figures');

  await page.keyboard.press('Control+s');
  await expect(page).toHaveTitle('pasted — Factdesk');
  const saved = JSON.parse(readFileSync(`${file}.factdesk`, 'utf8'));
  expect(saved.sources.find((s: { title: string }) => s.title === 'Leak figures').text).toBe(pasted);
  expect(saved.evidence).toEqual([
    expect.objectContaining({
      claimId: 'clm_leak',
      stance: 'supports',
      anchor: expect.objectContaining({
        quote: expect.objectContaining({ prefix: expect.stringContaining('annual report.') }),
      }),
    }),
  ]);
});
