import { expect, test } from './fixtures';
import { articleText, claimsPanel, openClaimRow } from './editor-helpers';

test('clicking Disputed straight after typing a long speaker ticks it: nothing moves under the pointer', async ({
  launch,
}) => {
  const { page } = await launch();
  await page.getByRole('button', { name: /Open demo project/ }).click();
  await expect(articleText(page)).toContainText('Households');
  await openClaimRow(page, 0);
  const card = claimsPanel(page).getByRole('region', { name: 'Claim 1' });
  await card.getByRole('checkbox', { name: 'Attributed' }).check();
  await card
    .getByRole('textbox', { name: 'Speaker' })
    .pressSequentially('Councillor Hana Briggs, chair of the finance and audit scrutiny committee');
  const disputed = card.getByRole('checkbox', { name: 'Disputed' });
  const before = (await disputed.boundingBox())!;
  // The click blurs the speaker field, which commits it; the checkbox must still be under the pointer.
  await page.mouse.click(before.x + before.width / 2, before.y + before.height / 2);
  await expect(disputed).toBeChecked();
  const after = (await disputed.boundingBox())!;
  expect(Math.abs(after.y - before.y)).toBeLessThan(1);
  await expect(card.getByRole('textbox', { name: 'Speaker' })).toHaveValue(
    'Councillor Hana Briggs, chair of the finance and audit scrutiny committee',
  );
});
