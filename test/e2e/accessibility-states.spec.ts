import type { Page } from 'playwright-core';
import { seriousViolations } from './axe';
import { expect, test } from './fixtures';
import { articleText, claimsPanel, openClaimRow } from './editor-helpers';
import { writeDemoVariant } from './review-projects';

/** Every state of the panels and every dialog, scanned with axe; returns what was found, by state. */
async function scanStates(page: Page): Promise<Record<string, unknown[]>> {
  const found: Record<string, unknown[]> = {};
  const scan = async (state: string) => {
    found[state] = await seriousViolations(page);
  };
  await scan('start screen');
  // The demo, with evidence for its first claim so that it may be sent to review (the readiness rule).
  await page.getByRole('button', { name: /Open project/ }).click();
  await expect(articleText(page)).toContainText('Households');
  await page.keyboard.press('Control+Shift+F');
  await expect(page.getByRole('region', { name: 'Suggested claims' }).getByRole('listitem').first()).toBeVisible();
  await scan('suggestions shown');
  await page.locator('.legend summary').click();
  await scan('legend open');
  await page.locator('.legend summary').click();
  await openClaimRow(page, 0);
  await scan('claim card open');
  await articleText(page).click();
  await page.keyboard.press('Control+Alt+f');
  await scan('find and replace bar');
  await page.keyboard.press('Escape');
  await articleText(page).getByText('Households in Port Calder').click({ button: 'right' });
  await scan('context menu');
  await page.keyboard.press('Escape');
  await page.getByRole('tab', { name: 'Sources' }).click();
  await page
    .getByRole('region', { name: 'Sources' })
    .getByRole('button', { name: /^Calder Water cuts leakage/ })
    .click();
  await scan('source open');
  await page.getByRole('tab', { name: 'Activity' }).click();
  await scan('activity');
  await page.getByRole('tab', { name: 'Claims' }).click();
  await openClaimRow(page, 0);
  await claimsPanel(page).getByRole('button', { name: 'Send to review' }).click();
  await page.getByRole('button', { name: 'Review mode' }).click();
  await page.getByRole('region', { name: 'Review queue' }).getByRole('button', { name: 'Request changes' }).click();
  await scan('review mode, requesting changes');
  await page.getByRole('button', { name: 'Review mode' }).click();
  for (const [shortcut, name] of [
    ['Control+,', 'Preferences'],
    ['Control+/', 'Keyboard shortcuts'],
    ['F1', 'Getting started'],
    ['Control+Shift+P', 'Command palette'],
    ['Control+e', /Export report/],
  ] as const) {
    await page.keyboard.press(shortcut);
    await expect(page.getByRole('dialog', { name })).toBeVisible();
    await scan(`dialog: ${String(name)}`);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog', { name })).toBeHidden();
  }
  await page.keyboard.press('Control+w');
  await expect(page.getByRole('alertdialog', { name: 'Unsaved changes' })).toBeVisible();
  await scan('unsaved changes question');
  await page.getByRole('alertdialog', { name: 'Unsaved changes' }).getByRole('button', { name: 'Cancel' }).click();
  return found;
}

for (const theme of ['light', 'dark'] as const) {
  test(`accessibility (${theme} theme): no serious or critical axe violations in any panel state or dialog`, async ({
    launch,
    tempDir,
  }) => {
    const demo = writeDemoVariant(tempDir, 'demo-with-evidence', { evidenceFor: ['clm_rate'] });
    const { page } = await launch({
      identity: { name: 'Dana Okoye', role: 'editor' },
      userDataDir: tempDir,
      dialogs: { openProject: () => demo },
    });
    await expect(page.getByRole('heading', { name: 'Factdesk' })).toBeVisible();
    await page.keyboard.press('Control+,');
    await page.getByRole('dialog', { name: 'Preferences' }).getByLabel('Theme').selectOption(theme);
    await page.getByRole('dialog', { name: 'Preferences' }).getByRole('button', { name: 'Done' }).click();
    const found = await scanStates(page);
    const failing = Object.fromEntries(Object.entries(found).filter(([, violations]) => violations.length > 0));
    expect(failing).toEqual({});
  });
}
