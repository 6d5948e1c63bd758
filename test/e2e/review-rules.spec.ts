import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { articleText, claimsPanel, openClaimRow } from './editor-helpers';
import { hold, writeDemoVariant } from './review-projects';

const checker = { name: 'Priya Shah', role: 'checker' as const };
const editor = { name: 'Dana Okoye', role: 'editor' as const };

test('as a checker: no Approve, Request changes or Sign off; A and R refuse with the reason; the readiness rule holds for one claim as for all', async ({
  launch,
  tempDir,
}) => {
  // Claim 1 has evidence and is awaiting review; claim 2 is rated but has no evidence.
  const file = writeDemoVariant(tempDir, 'checker', {
    evidenceFor: ['clm_rate'],
    claims: { clm_rate: { status: 'needs-review' } },
  });
  const { page } = await launch({ projectPath: file, identity: checker });

  await openClaimRow(page, 1);
  const card = claimsPanel(page).getByRole('region', { name: 'Claim 2' });
  await expect(card).toContainText('Not ready for review: no evidence linked.');
  await expect(card.getByRole('button', { name: 'Send to review' })).toBeDisabled();
  await page.keyboard.press('Control+Shift+E');
  await expect(
    page.getByRole('status').filter({ hasText: 'Claim 2 is not ready for review: no evidence linked.' }),
  ).toBeVisible();
  await expect(card.getByText('Needs review')).toHaveCount(0);
  // A stated reason why no evidence is needed makes it ready.
  await card
    .getByRole('textbox', { name: 'No evidence needed because' })
    .fill('The figure is the council’s own, quoted in the article');
  await card.getByRole('textbox', { name: 'No evidence needed because' }).press('Enter');
  await expect(card).not.toContainText('Not ready for review');
  await card.getByRole('button', { name: 'Send to review' }).click();
  await expect(card).toContainText('Needs review');

  await page.getByRole('button', { name: 'Review mode' }).click();
  await expect(page.getByRole('button', { name: /^Sign off/ })).toHaveCount(0);
  const queue = page.getByRole('region', { name: 'Review queue' });
  await expect(queue.getByRole('list', { name: 'Claims awaiting review' }).getByRole('listitem')).toHaveCount(2);
  await expect(queue.getByRole('button', { name: 'Approve' })).toHaveCount(0);
  await expect(queue.getByRole('button', { name: 'Request changes' })).toHaveCount(0);
  await expect(queue).toContainText(
    'You are working as a fact-checker: approving and requesting changes are for editors.',
  );
  await queue.focus();
  await page.keyboard.press('a');
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: 'Only an editor can approve a claim; you are working as a fact-checker.' }),
  ).toBeVisible();
  await page.keyboard.press('r');
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: 'Only an editor can request changes; you are working as a fact-checker.' }),
  ).toBeVisible();
  await expect(queue.getByRole('list', { name: 'Claims awaiting review' }).getByRole('listitem')).toHaveCount(2);
  // The command (menu or palette) refuses too.
  await page.keyboard.press('Control+s');
  await expect(page).toHaveTitle('checker — Factdesk');
  const saved = JSON.parse(readFileSync(file, 'utf8'));
  expect(saved.claims.map((c: { status: string }) => c.status)).toEqual([
    'needs-review',
    'needs-review',
    'open',
    'open',
    'open',
  ]);
  expect(saved.activity.some((a: { action: string }) => a.action === 'approved')).toBe(false);
});

test('as an editor: the two-person rule, a blocked Sign off that lists its claims as links, and Not for publication with a reason', async ({
  launch,
  tempDir,
}) => {
  const file = writeDemoVariant(tempDir, 'editor', {
    evidenceFor: ['clm_rate', 'clm_cost'],
    claims: {
      clm_rate: { status: 'needs-review' },
      clm_cost: { status: 'needs-review', verdictBy: 'Dana Okoye' },
      clm_lowest: hold('Awaiting a right of reply'),
    },
  });
  const { page } = await launch({ projectPath: file, identity: editor });
  await page.getByRole('button', { name: 'Review mode' }).click();
  const queue = page.getByRole('region', { name: 'Review queue' });
  await queue.getByRole('list', { name: 'Claims awaiting review' }).getByRole('button').nth(1).click();
  await expect(queue.getByRole('region', { name: 'Reviewing claim 2' })).toContainText(
    'Two-person rule: you set the verdict of claim 2, so another editor must approve it.',
  );
  await expect(queue.getByRole('button', { name: 'Approve' })).toBeDisabled();
  await queue.focus();
  await page.keyboard.press('a');
  await expect(
    page.getByRole('status').filter({ hasText: 'Two-person rule: you set the verdict of claim 2' }),
  ).toBeVisible();
  await expect(queue.getByRole('list', { name: 'Claims awaiting review' }).getByRole('listitem')).toHaveCount(2);
  await queue.getByRole('list', { name: 'Claims awaiting review' }).getByRole('button').nth(0).click();
  await queue.getByRole('button', { name: 'Approve' }).click();
  await expect(queue.getByRole('list', { name: 'Claims awaiting review' }).getByRole('listitem')).toHaveCount(1);

  // Sign off says what blocks it and lists those claims, each a link to its card.
  const signOff = page.getByRole('button', { name: /^Sign off/ });
  await expect(signOff).toHaveText('Sign off — 3 claims block it');
  await signOff.click();
  const blocked = page.getByRole('dialog', { name: 'Sign-off is blocked' });
  await expect(blocked).toContainText('3 of 5 claims block sign-off.');
  await expect(blocked.getByRole('list', { name: 'Claims that block sign-off' }).getByRole('listitem')).toHaveText([
    /^Claim 2awaiting review“The repairs to the Eastmere dam/,
    /^Claim 3not rated; not sent to reviewAccording to Calder Water/,
    /^Claim 5not rated; not sent to reviewignoring warnings/,
  ]);
  await blocked.getByRole('button', { name: 'Claim 3' }).click();
  await expect(blocked).toBeHidden();
  const card3 = claimsPanel(page).getByRole('region', { name: 'Claim 3' });
  await expect(card3).toBeVisible();
  // An editor holds claims 3 and 5 back from publication, with a reason.
  await card3.getByRole('checkbox', { name: 'Not for publication' }).check();
  await card3.getByRole('textbox', { name: 'Why not for publication' }).fill('The regulator’s figure is not out yet');
  await card3.getByRole('textbox', { name: 'Why not for publication' }).press('Enter');
  await openClaimRow(page, 4);
  const card5 = claimsPanel(page).getByRole('region', { name: 'Claim 5' });
  await card5.getByRole('checkbox', { name: 'Not for publication' }).check();
  await card5.getByRole('textbox', { name: 'Why not for publication' }).fill('Legal has not cleared it');
  await card5.getByRole('textbox', { name: 'Why not for publication' }).press('Enter');

  // Claim 2 still blocks: its verdict was this editor's, so another editor must approve it.
  await page.getByRole('button', { name: 'Review mode' }).click();
  await expect(page.getByRole('button', { name: /^Sign off/ })).toHaveText('Sign off — 1 claim blocks it');
  // Turning the project's two-person rule off (recorded in the log) lets this editor approve it.
  await queue.getByRole('checkbox', { name: /^Two-person rule/ }).uncheck();
  await queue.getByRole('button', { name: 'Approve' }).click();
  await expect(page.getByRole('button', { name: /^Sign off/ })).toHaveText('Sign off');
  await page.keyboard.press('Control+s');
  await expect(page).toHaveTitle('editor — Factdesk');
  const saved = JSON.parse(readFileSync(file, 'utf8'));
  expect(saved.review.twoPersonRule).toBe(false);
  expect(
    saved.claims.map((c: { notForPublication: { reason: string } | null }) => c.notForPublication?.reason ?? null),
  ).toEqual([
    null,
    null,
    'The regulator’s figure is not out yet',
    'Awaiting a right of reply',
    'Legal has not cleared it',
  ]);
  expect(saved.activity.map((a: { action: string; detail: string }) => `${a.action}: ${a.detail}`)).toContain(
    'changed a project setting: Two-person rule off',
  );
});

test('a second editor approves the last claim and signs off, after confirming the counts; the header and the saved file say exactly what was signed off', async ({
  launch,
  tempDir,
}) => {
  const file = writeDemoVariant(tempDir, 'sign-off', {
    evidenceFor: ['clm_rate', 'clm_cost'],
    claims: {
      clm_rate: { status: 'approved' },
      clm_cost: { status: 'needs-review', verdictBy: 'Dana Okoye' },
      clm_leak: hold('Regulator’s figure not out yet'),
      clm_lowest: hold('Awaiting a right of reply'),
      clm_warned: hold('Legal has not cleared it'),
    },
  });
  const { page } = await launch({ projectPath: file, identity: { name: 'Ines Marlow', role: 'editor' } });
  await page.getByRole('button', { name: 'Review mode' }).click();
  await page.getByRole('region', { name: 'Review queue' }).getByRole('button', { name: 'Approve' }).click();
  await page.getByRole('button', { name: 'Sign off' }).click();
  const confirm = page.getByRole('dialog', { name: 'Sign off this project?' });
  await expect(confirm).toContainText('You are signing off all 5 claims: 2 claims approved, 3 not for publication.');
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('banner').getByRole('status')).toHaveCount(0);
  await page.getByRole('button', { name: 'Sign off' }).click();
  await page.getByRole('dialog', { name: 'Sign off this project?' }).getByRole('button', { name: 'Sign off' }).click();
  await expect(page.getByRole('banner').getByRole('status')).toContainText(
    /Signed off by Ines Marlow on .*: 2 claims approved, 3 not for publication/,
  );
  await page.keyboard.press('Control+s');
  await expect(page).toHaveTitle(/^sign-off — Signed off by Ines Marlow/);
  const saved = JSON.parse(readFileSync(file, 'utf8'));
  expect(saved.signOff).toEqual({
    by: 'Ines Marlow',
    at: expect.any(String),
    approved: [1, 2],
    notForPublication: [3, 4, 5],
    notReviewed: [],
  });
  expect(saved.activity.at(-1)).toMatchObject({
    actor: 'Ines Marlow',
    action: 'signed off',
    detail: '2 claims approved, 3 not for publication',
  });
});

test('changing one’s role is recorded in the Activity log', async ({ launch, tempDir }) => {
  const file = writeDemoVariant(tempDir, 'roles', {});
  const { page } = await launch({ projectPath: file, identity: checker });
  await expect(articleText(page)).toContainText('Households');
  await page.keyboard.press('Control+,');
  const prefs = page.getByRole('dialog', { name: 'Preferences' });
  await prefs.getByRole('radio', { name: 'Editor' }).check();
  await prefs.getByRole('button', { name: 'Done' }).click();
  await page.getByRole('tab', { name: 'Activity' }).click();
  await expect(page.getByRole('region', { name: 'Activity' }).getByRole('listitem').first()).toContainText(
    'Priya Shah changed role',
  );
  await expect(page.getByRole('region', { name: 'Activity' }).getByRole('listitem').first()).toContainText(
    'Fact-checker → Editor',
  );
  await page.getByRole('button', { name: 'Review mode' }).click();
  await expect(page.getByRole('button', { name: /^Sign off/ })).toBeVisible();
});
