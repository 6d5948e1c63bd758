import path from 'node:path';
import { expect, test } from '../e2e/fixtures';
import { claimsPanel, openClaimRow } from '../e2e/editor-helpers';
import { REPO_ROOT } from '../e2e/harness';
import { hold, writeDemoVariant } from '../e2e/review-projects';

/** The review screens of issue 20, written to docs/ for the README. */

const editor = { name: 'Dana Okoye', role: 'editor' as const };
const shot = (name: string) => path.join(REPO_ROOT, 'docs', name);

test('the blocked Sign off, listing the claims that block it', async ({ launch, tempDir }) => {
  const file = writeDemoVariant(tempDir, 'water-bills', {
    evidenceFor: ['clm_rate', 'clm_cost', 'clm_lowest'],
    claims: {
      clm_rate: { status: 'approved' },
      clm_cost: { status: 'needs-review' },
      clm_lowest: hold('Awaiting a right of reply from Calder Water'),
    },
  });
  const { page } = await launch({ projectPath: file, identity: editor });
  await page.getByRole('button', { name: 'Review mode' }).click();
  await page.getByRole('button', { name: /^Sign off/ }).click();
  await expect(page.getByRole('dialog', { name: 'Sign-off is blocked' })).toBeVisible();
  await page.mouse.move(0, 0);
  await page.screenshot({ path: shot('screenshot-sign-off-blocked.png') });
});

test('the Export dialog: publication or internal, and who publishes the ClaimReview', async ({ launch, tempDir }) => {
  const file = writeDemoVariant(tempDir, 'water-bills', {
    evidenceFor: ['clm_rate', 'clm_cost', 'clm_lowest'],
    claims: {
      clm_rate: { status: 'approved' },
      clm_cost: { status: 'approved' },
      clm_lowest: { status: 'approved' },
      clm_leak: hold('Regulator’s figure not out yet'),
      clm_warned: hold('Legal has not cleared it'),
    },
    project: {
      review: {
        twoPersonRule: true,
        organisationName: 'Harbour Ledger Fact Desk',
        organisationUrl: 'https://example.org/harbour-ledger/factcheck',
        reviewUrl: '',
      },
    },
  });
  const { page } = await launch({ projectPath: file, identity: editor });
  await expect(page.getByRole('textbox', { name: 'Article text' })).toContainText('Households');
  await page.keyboard.press('Control+e');
  const dialog = page.getByRole('dialog', { name: 'Export report…' });
  await expect(dialog.frameLocator('iframe[title="Report preview"]').locator('ol.entries > li')).toHaveCount(3);
  await dialog.getByRole('combobox', { name: 'Format' }).selectOption('claimreview');
  await expect(dialog.getByRole('alert')).toBeVisible();
  await page.mouse.move(0, 0);
  await page.screenshot({ path: shot('screenshot-export-claimreview.png') });
  await dialog.getByRole('combobox', { name: 'Format' }).selectOption('html');
  await page.screenshot({ path: shot('screenshot-export-publication.png') });
});

test('the claim card and the source viewer while linking for one claim', async ({ launch, tempDir }) => {
  const file = writeDemoVariant(tempDir, 'water-bills', {
    evidenceFor: ['clm_cost', 'clm_lowest'],
    claims: { clm_cost: { status: 'needs-review', noEvidenceReason: '' } },
  });
  const { page } = await launch({ projectPath: file, identity: editor });
  await openClaimRow(page, 1);
  await claimsPanel(page)
    .getByRole('region', { name: 'Claim 2' })
    .getByRole('list', { name: 'Evidence', exact: true })
    .getByRole('button', { name: /^“?By September 2026/ })
    .click();
  await expect(page.getByRole('region', { name: /^Source: Eastmere Dam Remediation/ })).toBeVisible();
  await page.mouse.move(0, 0);
  await page.screenshot({ path: shot('screenshot-source-viewer-labels.png') });
});

test('the claim card: public explanation, internal note, speaker type, readiness and not for publication', async ({
  launch,
  tempDir,
}) => {
  const file = writeDemoVariant(tempDir, 'water-bills', {});
  const { page } = await launch({ projectPath: file, identity: editor, viewport: { width: 1360, height: 1100 } });
  await openClaimRow(page, 1);
  await expect(claimsPanel(page).getByRole('region', { name: 'Claim 2' })).toContainText(
    'Not ready for review: no evidence linked.',
  );
  await page.mouse.move(0, 0);
  await claimsPanel(page).screenshot({ path: shot('screenshot-claim-card-review.png') });
});
