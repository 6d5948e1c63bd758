import { copyFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';
import { DEMO_PROJECT } from './harness';
import { articleText, typeAtEndOfParagraph } from './editor-helpers';

test('Ctrl/Cmd+S straight followed by Ctrl/Cmd+W saves and closes without asking about what was just saved', async ({
  launch,
  tempDir,
}) => {
  const file = path.join(tempDir, 'bills.factdesk');
  copyFileSync(DEMO_PROJECT, file);
  const { page } = await launch({ projectPath: file });
  await expect(articleText(page)).toContainText('Households');
  await typeAtEndOfParagraph(page, 'Households in Port Calder', ' Saved then closed.');
  await expect(page).toHaveTitle(/^● bills/);
  // Both key presses in one go, as fast fingers send them: Close comes while Save is still writing.
  await page.evaluate(() => {
    const press = (key: string) =>
      document.activeElement!.dispatchEvent(
        new KeyboardEvent('keydown', {
          key,
          code: `Key${key.toUpperCase()}`,
          ctrlKey: true,
          bubbles: true,
          cancelable: true,
        }),
      );
    press('s');
    press('w');
  });
  await expect(page.getByRole('heading', { name: 'Factdesk' })).toBeVisible();
  await expect(page.getByRole('alertdialog', { name: 'Unsaved changes' })).toHaveCount(0);
  expect(readFileSync(file, 'utf8')).toContain('Saved then closed.');
});
