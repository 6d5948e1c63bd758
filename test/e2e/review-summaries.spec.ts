import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { articleText, claimsPanel, keyboardSelect, openClaimRow } from './editor-helpers';
import { writeDemoVariant } from './review-projects';

const checker = { name: 'Priya Shah', role: 'checker' as const };
const editor = { name: 'Dana Okoye', role: 'editor' as const };

/** Claim 1 approved, claim 2 awaiting review, claims 3–5 open (3 and 5 unrated); evidence for 1, 2 and 4; a log naming claims out of order. */
function summaryProject(dir: string): string {
  const log = ['clm_warned', 'clm_cost', 'clm_rate', 'clm_lowest', 'clm_leak'].map((claimId, i) => ({
    id: `act_${i}`,
    at: `2026-11-20T1${i}:00:00.000Z`,
    actor: 'Priya Shah',
    action: 'rated',
    claimId,
    detail: '',
  }));
  return writeDemoVariant(dir, 'summaries', {
    evidenceFor: ['clm_rate', 'clm_cost', 'clm_lowest'],
    claims: { clm_rate: { status: 'approved' }, clm_cost: { status: 'needs-review' } },
    project: { activity: log },
  });
}

test('as a checker: the status bar says what the claims add up to, Activity lists claims by number, the source viewer labels each excerpt and dims other claims’', async ({
  launch,
  tempDir,
}) => {
  const { page } = await launch({ projectPath: summaryProject(tempDir), identity: checker });
  await expect(articleText(page)).toContainText('Households');
  await expect(page.getByRole('contentinfo', { name: 'Status' })).toContainText(
    '5 claims: 1 approved, 4 not reviewed (1 awaiting review, 2 unrated) · 3 sources',
  );
  await expect(page.getByRole('contentinfo', { name: 'Status' })).not.toContainText('checked');

  await page.getByRole('tab', { name: 'Activity' }).click();
  const claimFilter = page.getByRole('region', { name: 'Activity' }).getByRole('combobox', { name: 'Filter by claim' });
  await expect(claimFilter.getByRole('option')).toHaveText([
    'All claims',
    'Claim 1',
    'Claim 2',
    'Claim 3',
    'Claim 4',
    'Claim 5',
  ]);

  // Claim 2's evidence is in the audit, beside claim 4's: both labelled, claim 4's dimmed while claim 2 is open.
  await page.getByRole('tab', { name: 'Claims' }).click();
  await openClaimRow(page, 1);
  await claimsPanel(page)
    .getByRole('region', { name: 'Claim 2' })
    .getByRole('list', { name: 'Evidence', exact: true })
    .getByRole('button', { name: /^“?By September 2026 the forecast outturn cost/ })
    .click();
  const viewer = page.getByRole('region', { name: /^Source: Eastmere Dam Remediation/ });
  const own = viewer.locator('.excerpt-start[data-label="Claim 2 · Supports"]');
  const other = viewer.locator('.excerpt-start[data-label="Claim 4 · Contradicts"]');
  await expect(own).toHaveText('By September 2026 the forecast outturn cost had risen to £37.6 million.');
  await expect(other).toHaveText('after the proposed increase Port Calder would be £469.80, Ashby £455.20');
  expect(await own.evaluate((el) => getComputedStyle(el, '::before').content)).toBe('"Claim 2 · Supports"');
  await expect(other).toHaveClass(/evidence-other/);
  await expect(own).toHaveClass(/evidence-active/);
  expect(Number(await other.evaluate((el) => getComputedStyle(el).opacity))).toBeLessThan(1);
  expect(Number(await own.evaluate((el) => getComputedStyle(el).opacity))).toBe(1);
  await expect(page.getByRole('region', { name: 'Claim 2' }).getByRole('region', { name: 'Comments' })).toContainText(
    'Comments on claim 2',
  );
});

test('as an editor: a claim marked above claim 1 gets the next number, numbers are never reused after a delete and undo, and the counts follow each decision', async ({
  launch,
  tempDir,
}) => {
  const file = summaryProject(tempDir);
  const { page } = await launch({ projectPath: file, identity: editor });
  await expect(articleText(page)).toContainText('Households');
  await keyboardSelect(page, 'Households in Port Calder');
  await page.keyboard.press('Control+Shift+M');
  await expect(claimsPanel(page).getByRole('region', { name: 'Claim 6' })).toBeVisible();
  await expect(claimsPanel(page).getByRole('button', { name: /^Claim 6:/ })).toContainText('Households in Port Calder');
  await claimsPanel(page)
    .getByRole('region', { name: 'Claim 6' })
    .getByRole('button', { name: 'Delete claim' })
    .click();
  await page.getByRole('toolbar', { name: 'Formatting' }).getByRole('button', { name: 'Undo' }).click();
  await expect(claimsPanel(page).getByRole('button', { name: /^Claim 6:/ })).toBeVisible();
  await claimsPanel(page)
    .getByRole('button', { name: /^Claim 6:/ })
    .click();
  await claimsPanel(page)
    .getByRole('region', { name: 'Claim 6' })
    .getByRole('button', { name: 'Delete claim' })
    .click();
  await keyboardSelect(page, 'the largest single increase');
  await page.keyboard.press('Control+Shift+M');
  await expect(claimsPanel(page).getByRole('region', { name: 'Claim 7' })).toBeVisible();
  await expect(page.getByRole('contentinfo', { name: 'Status' })).toContainText(
    '6 claims: 1 approved, 5 not reviewed (1 awaiting review, 3 unrated)',
  );

  await page.getByRole('button', { name: 'Review mode' }).click();
  await page.getByRole('region', { name: 'Review queue' }).getByRole('button', { name: 'Approve' }).click();
  await expect(page.getByRole('contentinfo', { name: 'Status' })).toContainText(
    '6 claims: 2 approved, 4 not reviewed (3 unrated)',
  );
  await page.keyboard.press('Control+s');
  await expect(page).toHaveTitle('summaries — Factdesk');
  const saved = JSON.parse(readFileSync(file, 'utf8'));
  expect(saved.claims.map((c: { number: number }) => c.number).sort((a: number, b: number) => a - b)).toEqual([
    1, 2, 3, 4, 5, 7,
  ]);
  expect(saved.nextClaimNumber).toBe(8);
});
