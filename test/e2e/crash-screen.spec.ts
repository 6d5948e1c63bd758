import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { typeAtEndOfParagraph } from './editor-helpers';
import { expect, test } from './fixtures';
import { backupsIn } from './user-data';

/**
 * An error while drawing the window: the whole-window error boundary shows a
 * crash screen that offers the crash backup (never a blank page), records the
 * error in main's crash log, and reloading brings the unsaved work back.
 */

const editor = (page: Page) => page.getByRole('textbox', { name: 'Article text' });
const crashScreen = (page: Page) => page.getByRole('main', { name: 'Something went wrong in this window' });

test('a drawing error outside the editor shows the crash screen, which offers the backup and the crash log', async ({
  launch,
}) => {
  // A main that answers File → Restore from History… with something the history dialog cannot draw.
  let broken = true;
  const app = await launch({ answers: { listHistory: () => (broken ? { not: 'a list' } : []) } });
  const { page } = app;
  await page.getByRole('button', { name: /Open demo project/ }).click();
  await typeAtEndOfParagraph(page, 'Residents on low incomes', ' Typed before the window broke.');
  await expect
    .poll(() => backupsIn(app.userDataDir).join(''), { timeout: 5000 })
    .toContain('Typed before the window broke.');

  await app.emit('menuCommand', 'file.restoreHistory');
  const screen = crashScreen(page);
  await expect(screen).toBeVisible();
  await expect(screen).toContainText(
    /Your unsaved work in “Demo project” was backed up at .+\. Reload the window and Factdesk offers it back to you\./,
  );
  await expect(editor(page)).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('crash-screen.png') });

  await screen.getByRole('button', { name: 'Open crash log' }).click();
  await expect.poll(() => app.openedPaths).toEqual([path.join(app.userDataDir, 'crash-log.txt')]);
  const log = readFileSync(app.openedPaths[0], 'utf8');
  expect(log).toContain('· Factdesk e2e · An error stopped the window');
  expect(log).toMatch(/message: .*(map|not a function)/);
  expect(log).toContain('component stack:');

  broken = false;
  await screen.getByRole('button', { name: 'Reload and restore my work' }).click();
  const dialog = page.getByRole('dialog', { name: 'Recover unsaved work' });
  await dialog.getByRole('listitem', { name: 'Demo project' }).getByRole('button', { name: 'Restore' }).click();
  await expect(editor(page)).toContainText('Typed before the window broke.');
});

test('with nothing unsaved, the crash screen says so and offers a plain reload', async ({ launch }) => {
  const app = await launch({
    answers: {
      getStartupState: () => ({
        platform: 'linux',
        notices: [],
        initial: null,
        recent: 'not a list',
        identity: null,
        preferences: {},
      }),
    },
  });
  const screen = crashScreen(app.page);
  await expect(screen).toContainText('You had no unsaved changes: reloading brings Factdesk back as it was.');
  await expect(screen.getByRole('button', { name: 'Reload', exact: true })).toBeVisible();
});
