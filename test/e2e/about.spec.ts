import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';
import { REPO_ROOT } from './harness';

const version = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')).version as string;
const electron = JSON.parse(readFileSync(path.join(REPO_ROOT, 'node_modules', 'electron', 'package.json'), 'utf8'))
  .version as string;

for (const platform of ['linux', 'win32', 'darwin'] as const) {
  test(`Help → About Factdesk on ${platform}: versions of Factdesk, Electron and Chromium, and the licences`, async ({
    launch,
  }) => {
    const app = await launch({ platform });
    await expect(app.page.getByRole('heading', { name: 'Factdesk' })).toBeVisible();
    // The native Help menu's item, as main sends it.
    await app.emit('menuCommand', 'help.about');
    const about = app.page.getByRole('dialog', { name: 'About Factdesk' });
    await expect(about.getByRole('definition').first()).toHaveText(version);
    await expect(about).toContainText(`Electron${electron}`);
    await expect(about).toContainText(/Chromium\d+\.\d+\.\d+/);
    const lexical = about
      .getByRole('table', { name: 'Licences' })
      .getByRole('row')
      .filter({ has: app.page.getByRole('cell', { name: 'lexical', exact: true }) });
    await expect(lexical).toContainText('MIT');
    await app.page.keyboard.press('Escape');
    await expect(about).toBeHidden();
  });
}

test('About is in the command palette too', async ({ launch }) => {
  const { page } = await launch();
  await expect(page.getByRole('heading', { name: 'Factdesk' })).toBeVisible();
  await page.keyboard.press('Control+Shift+P');
  await page.keyboard.type('about');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'About Factdesk' })).toBeVisible();
});
