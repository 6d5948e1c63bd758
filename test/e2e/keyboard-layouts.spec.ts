import type { Page } from 'playwright-core';
import { expect, test } from './fixtures';
import { articleText, claimsPanel, openClaimRow, typeAtEndOfParagraph } from './editor-helpers';
import { writeDemoVariant } from './review-projects';

/** A key press as another layout reports it: the character typed (key) and the physical key (code, named by its US position). */
interface Press {
  key: string;
  code: string;
  ctrl?: boolean;
  shift?: boolean;
}

/** Press and release a key in the focused element, as Chromium reports it under that layout. */
async function pressOnLayout(page: Page, press: Press): Promise<void> {
  await page.evaluate((p) => {
    const target = document.activeElement ?? document.body;
    const init = {
      key: p.key,
      code: p.code,
      ctrlKey: !!p.ctrl,
      shiftKey: !!p.shift,
      bubbles: true,
      cancelable: true,
      composed: true,
    };
    target.dispatchEvent(new KeyboardEvent('keydown', init));
    target.dispatchEvent(new KeyboardEvent('keyup', init));
  }, press);
}

const openDemo = async (page: Page) => {
  await page.getByRole('button', { name: /Open demo project/ }).click();
  await expect(articleText(page)).toContainText('Households');
};

test('AZERTY: Ctrl+Z undoes typing and keeps the project open; Ctrl+W closes it', async ({ launch }) => {
  const { page } = await launch();
  await openDemo(page);
  await typeAtEndOfParagraph(page, 'Households in Port Calder', ' Typed on AZERTY.');
  await expect(articleText(page)).toContainText('Typed on AZERTY.');
  // The key labelled Z on AZERTY sits where QWERTY has W.
  await pressOnLayout(page, { key: 'z', code: 'KeyW', ctrl: true });
  await expect(articleText(page)).not.toContainText('Typed on AZERTY.');
  await expect(page.getByRole('alertdialog', { name: 'Unsaved changes' })).toHaveCount(0);
  await expect(articleText(page)).toBeVisible();
  // And the key labelled W sits where QWERTY has Z: Close, which asks about the demo's unsaved changes.
  await pressOnLayout(page, { key: 'w', code: 'KeyZ', ctrl: true });
  await page.getByRole('alertdialog', { name: 'Unsaved changes' }).getByRole('button', { name: 'Don’t save' }).click();
  await expect(page.getByRole('heading', { name: 'Factdesk' })).toBeVisible();
});

test('Dvorak: Ctrl and the key labelled O opens a project instead of saving', async ({ launch }) => {
  const app = await launch();
  await openDemo(app.page);
  await articleText(app.page).click();
  // Dvorak's O sits where QWERTY has S.
  await pressOnLayout(app.page, { key: 'o', code: 'KeyS', ctrl: true });
  await expect.poll(() => app.dialogCalls).toEqual(['open']);
  await expect(app.page.getByRole('status').filter({ hasText: /^Saved/ })).toHaveCount(0);
});

test('QWERTZ: Ctrl+- zooms out and Ctrl+Shift+7 (/) opens the shortcuts sheet', async ({ launch }) => {
  const { page } = await launch();
  await expect(page.getByRole('heading', { name: 'Factdesk' })).toBeVisible();
  // QWERTZ's - sits where QWERTY has /.
  await pressOnLayout(page, { key: '-', code: 'Slash', ctrl: true });
  expect(await page.evaluate(() => document.documentElement.style.getPropertyValue('zoom'))).toBe('0.9');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toHaveCount(0);
  await pressOnLayout(page, { key: '/', code: 'Digit7', ctrl: true, shift: true });
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
});

test('a layout without Latin letters: the review queue’s A approves by the key’s position', async ({
  launch,
  tempDir,
}) => {
  // The first claim gets evidence, so it may be sent to review (the readiness rule).
  const projectPath = writeDemoVariant(tempDir, 'demo-with-evidence', { evidenceFor: ['clm_rate'] });
  const { page } = await launch({ identity: { name: 'Dana Okoye', role: 'editor' }, projectPath });
  await expect(articleText(page)).toContainText('Households');
  await openClaimRow(page, 0);
  await claimsPanel(page).getByRole('button', { name: 'Send to review' }).click();
  await page.getByRole('button', { name: 'Review mode' }).click();
  const queue = page.getByRole('region', { name: 'Review queue' });
  await expect(queue.getByRole('list', { name: 'Claims awaiting review' }).getByRole('listitem')).toHaveCount(1);
  await queue.focus();
  // On a Russian layout the key labelled A (QWERTY's A) types ф.
  await pressOnLayout(page, { key: 'ф', code: 'KeyA' });
  await expect(queue).toContainText('Nothing awaits review.');
});

/** Every text and tooltip in the window (where shortcuts are written). */
const shownText = (page: Page) =>
  page.evaluate(() =>
    [document.body.innerText, ...[...document.querySelectorAll('[title]')].map((el) => el.getAttribute('title'))].join(
      '\n',
    ),
  );

/** Visit the screens that name shortcuts and gather what they show. */
async function shortcutScreens(page: Page, mod: 'Control' | 'Meta'): Promise<string> {
  const seen: string[] = [await shownText(page)];
  await page.getByRole('button', { name: 'Read the getting-started guide' }).click();
  seen.push(await shownText(page));
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'New project' }).click();
  seen.push(await shownText(page));
  await page.getByRole('button', { name: 'Commands' }).click();
  seen.push(await shownText(page));
  await page.keyboard.press('Escape');
  await page.keyboard.press(`${mod}+/`);
  seen.push(await shownText(page));
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Review mode' }).click();
  seen.push(await shownText(page));
  return seen.join('\n');
}

test('shortcuts are written with Ctrl, Shift and Alt on Linux and Windows', async ({ launch }) => {
  const { page } = await launch({ platform: 'linux' });
  await expect(page.getByRole('heading', { name: 'Factdesk' })).toBeVisible();
  const text = await shortcutScreens(page, 'Control');
  expect(text).toContain('Ctrl+Shift+M');
  expect(text).not.toMatch(/⌘|⇧|⌥|Cmd/);
});

test('shortcuts are written with ⌘ ⇧ ⌥ on macOS', async ({ launch }) => {
  const { page } = await launch({ platform: 'darwin' });
  await expect(page.getByRole('heading', { name: 'Factdesk' })).toBeVisible();
  const text = await shortcutScreens(page, 'Meta');
  expect(text).toContain('⇧⌘M');
  expect(text).toContain('⌥⌘1');
  expect(text).not.toMatch(/Ctrl|Cmd/);
});
