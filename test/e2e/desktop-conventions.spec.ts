import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { seriousViolations } from './axe';
import { expect, mod, test } from './fixtures';
import { DEMO_PROJECT } from './harness';
import { articleText, claimRows, claimsPanel, openClaimRow } from './editor-helpers';

const ready = (page: Page) => expect(page.getByRole('heading', { name: 'Factdesk' })).toBeVisible();

const openDemo = async (page: Page) => {
  await page.getByRole('button', { name: /Open demo project/ }).click();
  await expect(articleText(page)).toContainText('Households');
};

test('accessibility: no serious or critical axe violations on the main screens, in both themes', async ({ launch }) => {
  const { page } = await launch({ identity: { name: 'Dana Okoye', role: 'editor' } });
  await ready(page);
  for (const theme of ['light', 'dark'] as const) {
    await page.keyboard.press('Control+,');
    await page.getByRole('dialog', { name: 'Preferences' }).getByLabel('Theme').selectOption(theme);
    expect(await seriousViolations(page), `preferences (${theme})`).toEqual([]);
    await page.getByRole('dialog', { name: 'Preferences' }).getByRole('button', { name: 'Done' }).click();
    expect(await seriousViolations(page), `start screen (${theme})`).toEqual([]);
    await openDemo(page);
    await openClaimRow(page, 1);
    expect(await seriousViolations(page), `editor with claims (${theme})`).toEqual([]);
    await claimsPanel(page)
      .getByRole('textbox', { name: 'No evidence needed because' })
      .fill('Checked against the council’s own statement');
    await claimsPanel(page).getByRole('textbox', { name: 'No evidence needed because' }).press('Enter');
    await claimsPanel(page).getByRole('button', { name: 'Send to review' }).click();
    await page.getByRole('button', { name: 'Review mode' }).click();
    expect(await seriousViolations(page), `review mode (${theme})`).toEqual([]);
    await page.getByRole('button', { name: 'Review mode' }).click();
    await page.keyboard.press('Control+w');
    await page
      .getByRole('alertdialog', { name: 'Unsaved changes' })
      .getByRole('button', { name: 'Don’t save' })
      .click();
  }
});

test('theme: dark applies at once and is remembered on the next start', async ({ launch }) => {
  const app = await launch();
  await ready(app.page);
  await app.page.keyboard.press('Control+,');
  const prefs = app.page.getByRole('dialog', { name: 'Preferences' });
  await prefs.getByLabel('Theme').selectOption('dark');
  await expect(app.page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await prefs.getByLabel('Editor font size').selectOption('20');
  await prefs.getByRole('button', { name: 'Done' }).click();
  const settings = JSON.parse(readFileSync(path.join(app.userDataDir, 'settings.json'), 'utf8'));
  expect(settings.preferences).toMatchObject({ theme: 'dark', editorFontSize: 20 });
  await app.close();
  const again = await launch({ userDataDir: app.userDataDir });
  await expect(again.page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await openDemo(again.page);
  expect(await articleText(again.page).evaluate((el) => getComputedStyle(el).fontSize)).toBe('20px');
});

test('the command palette finds a command by name and runs it', async ({ launch }) => {
  const { page } = await launch();
  await openDemo(page);
  await page.keyboard.press('Control+Shift+P');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await palette.getByRole('combobox', { name: 'Command' }).fill('review mode');
  await expect(palette.getByRole('option')).toHaveCount(1);
  await page.keyboard.press('Enter');
  await expect(palette).toBeHidden();
  await expect(page.getByRole('region', { name: 'Review queue' })).toBeVisible();
});

test('help: keyboard shortcuts list and the getting-started guide', async ({ launch }) => {
  const { page } = await launch();
  await ready(page);
  await page.keyboard.press('Control+/');
  const shortcuts = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(shortcuts).toContainText('Mark Claim');
  await expect(shortcuts).toContainText('Ctrl+Shift+M');
  await page.keyboard.press('Escape');
  await expect(shortcuts).toBeHidden();
  await page.getByRole('button', { name: 'Read the getting-started guide' }).click();
  await expect(page.getByRole('dialog', { name: 'Getting started' })).toContainText('Link evidence');
});

test('zoom in, out and back with the keyboard', async ({ launch }) => {
  const { page } = await launch();
  await ready(page);
  const zoom = () => page.evaluate(() => document.documentElement.style.getPropertyValue('zoom'));
  await page.keyboard.press('Control+=');
  expect(await zoom()).toBe('1.1');
  await page.keyboard.press('Control+-');
  await page.keyboard.press('Control+-');
  expect(await zoom()).toBe('0.9');
  await page.keyboard.press('Control+0');
  expect(await zoom()).toBe('1');
});

test('keyboard only: open the demo, mark and rate a claim, send it to review, export a report', async ({
  launch,
  tempDir,
}) => {
  const target = path.join(tempDir, 'keyboard-report.html');
  const { page } = await launch({ dialogs: { exportPath: () => target } });
  await ready(page);
  await page.keyboard.press('Control+Shift+P');
  await page.keyboard.type('demo');
  await page.keyboard.press('Enter');
  await expect(articleText(page)).toContainText('Households');
  await articleText(page).focus();
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Home');
  for (let i = 0; i < 'Households'.length; i += 1) await page.keyboard.press('Shift+ArrowRight');
  await page.waitForTimeout(50);
  await page.keyboard.press('Control+Shift+M');
  // The list draws only the rows in view, and the open card is tall: ask for the new claim's card, not a row count.
  await expect(claimsPanel(page).getByRole('region', { name: 'Claim 6' })).toBeVisible();
  await page.keyboard.press('Alt+Enter');
  await expect(claimsPanel(page).getByRole('combobox', { name: 'Verdict', exact: true })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  // The new claim is number 6 (the demo has five); with no evidence it is refused, with the reason.
  await page.keyboard.press('Control+Shift+E');
  await expect(
    page.getByRole('status').filter({ hasText: 'Claim 6 is not ready for review: no evidence linked.' }),
  ).toBeVisible();
  await expect(claimsPanel(page).getByRole('region', { name: 'Claim 6' })).toContainText('Open');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+e');
  const exportDialog = page.getByRole('dialog', { name: /Export report/ });
  await expect(exportDialog).toBeVisible();
  await exportDialog.getByRole('button', { name: 'Export', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect
    .poll(() => existsSync(target) && readFileSync(target, 'utf8').includes('Households'), { timeout: 15_000 })
    .toBe(true);
});

/** Drop a file on the window as the OS would, with its bytes. */
async function dropFile(page: Page, name: string, bytes: Buffer, mime: string): Promise<void> {
  await page.evaluate(
    ({ name, base64, mime }) => {
      const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([data], name, { type: mime }));
      document
        .querySelector('.app')!
        .dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    },
    { name, base64: bytes.toString('base64'), mime },
  );
}

test('drag and drop: an article starts a project, a document becomes a source, a project opens', async ({ launch }) => {
  const { page } = await launch();
  await ready(page);
  const fixtures = path.resolve(__dirname, '../fixtures');
  await dropFile(page, 'pool.txt', readFileSync(path.join(fixtures, 'articles/pool.txt')), 'text/plain');
  await expect(articleText(page)).toContainText('The Westgate pool reopened on Monday');
  await dropFile(
    page,
    'council-budget.docx',
    readFileSync(path.join(fixtures, 'articles/council-budget.docx')),
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  );
  await expect(page.getByRole('region', { name: 'Sources' })).toContainText('council-budget');
  await expect(page.getByRole('region', { name: /^Source: / })).toContainText('Night workers have waited long enough');
  await dropFile(page, 'notes.xyz', Buffer.from('hello'), 'application/octet-stream');
  await expect(page.getByRole('alert')).toContainText('“notes.xyz” is not a file Factdesk can open');
  await page.getByRole('button', { name: 'Dismiss message' }).last().click();
  await dropFile(
    page,
    'city-water-demo.factdesk',
    readFileSync(path.resolve(__dirname, '../../demo/city-water-demo.factdesk')),
    'application/json',
  );
  await page.getByRole('alertdialog', { name: 'Unsaved changes' }).getByRole('button', { name: 'Don’t save' }).click();
  await expect(articleText(page)).toContainText('Households in Port Calder');
  await page.getByRole('tab', { name: 'Claims' }).click();
  await expect(claimRows(page)).toHaveCount(5);
  await expect(page).toHaveTitle('city-water-demo — Factdesk');
});

test('find and replace in the article, undoable', async ({ launch }) => {
  const { page } = await launch();
  await ready(page);
  await openDemo(page);
  await articleText(page).click();
  await page.keyboard.press('Control+f');
  const bar = page.getByRole('search', { name: 'Find in article' });
  await bar.getByRole('searchbox', { name: 'Find' }).fill('calder');
  await expect(bar.getByRole('status')).toHaveText('1 of 3');
  await page.keyboard.press('Enter');
  await expect(bar.getByRole('status')).toHaveText('2 of 3');
  await page.keyboard.press('Escape');
  await expect(bar).toBeHidden();
  await page.keyboard.press('Control+Alt+f');
  await bar.getByRole('searchbox', { name: 'Find' }).fill('Eastmere');
  await bar.getByRole('textbox', { name: 'Replace with' }).fill('Eastmoor');
  await bar.getByRole('button', { name: 'Replace all' }).click();
  await expect(bar.getByRole('status')).toHaveText('No matches');
  await expect(articleText(page)).toContainText('Eastmoor dam');
  await expect(articleText(page)).not.toContainText('Eastmere');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(articleText(page)).toContainText('Eastmere dam');
});

test('the side panel resizes from the keyboard and keeps its width', async ({ launch }) => {
  const app = await launch();
  await ready(app.page);
  await openDemo(app.page);
  const splitter = app.page.getByRole('separator', { name: 'Resize side panel' });
  await splitter.focus();
  await app.page.keyboard.press('ArrowLeft');
  await app.page.keyboard.press('ArrowLeft');
  await expect(splitter).toHaveAttribute('aria-valuenow', '400');
  await expect
    .poll(() => app.page.locator('aside.side-panel').evaluate((el) => el.getBoundingClientRect().width))
    .toBe(400);
  await expect
    .poll(
      () => JSON.parse(readFileSync(path.join(app.userDataDir, 'settings.json'), 'utf8')).preferences.sidePanelWidth,
    )
    .toBe(400);

  // A held arrow repeats its key down; the width is written once, when the key comes up.
  await app.page.evaluate(() => {
    const bridge = window as unknown as {
      __factdeskInvoke(method: string, args: unknown): Promise<unknown>;
      __widthWrites: number;
    };
    const invoke = bridge.__factdeskInvoke;
    bridge.__widthWrites = 0;
    bridge.__factdeskInvoke = (method, args) => {
      if (method === 'setPreferences') bridge.__widthWrites += 1;
      return invoke(method, args);
    };
  });
  for (let i = 0; i < 4; i += 1) await app.page.keyboard.down('ArrowRight');
  await expect(splitter).toHaveAttribute('aria-valuenow', '320');
  await app.page.keyboard.up('ArrowRight');
  await expect
    .poll(
      () => JSON.parse(readFileSync(path.join(app.userDataDir, 'settings.json'), 'utf8')).preferences.sidePanelWidth,
    )
    .toBe(320);
  expect(await app.page.evaluate(() => (window as unknown as { __widthWrites: number }).__widthWrites)).toBe(1);
});

test('each project keeps its own panel widths, and the source viewer resizes', async ({ launch, tempDir }) => {
  const [first, second] = ['first.factdesk', 'second.factdesk'].map((name) => path.join(tempDir, name));
  copyFileSync(DEMO_PROJECT, first);
  copyFileSync(DEMO_PROJECT, second);
  let chosen = second;
  const app = await launch({ projectPath: first, dialogs: { openProject: () => chosen } });
  const { page } = app;
  const sidePanel = page.getByRole('separator', { name: 'Resize side panel' });
  const panelWidth = () => page.locator('aside.side-panel').evaluate((el) => el.getBoundingClientRect().width);
  await expect(articleText(page)).toContainText('Households');
  await sidePanel.focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect.poll(panelWidth).toBe(420);

  await page.getByRole('tab', { name: 'Sources' }).click();
  await page
    .getByRole('region', { name: 'Sources' })
    .getByRole('button', { name: /^Calder Water cuts leakage/ })
    .click();
  const viewerSplitter = page.getByRole('separator', { name: 'Resize source viewer' });
  const viewer = page.getByRole('region', { name: /^Source: / });
  await expect(viewer).toBeVisible();
  const before = await viewer.evaluate((el) => el.getBoundingClientRect().width);
  const handle = (await viewerSplitter.boundingBox())!;
  await page.mouse.move(handle.x + handle.width / 2, handle.y + 200);
  await page.mouse.down();
  await page.mouse.move(handle.x - 60, handle.y + 200, { steps: 4 });
  await page.mouse.up();
  await expect.poll(() => viewer.evaluate((el) => el.getBoundingClientRect().width)).toBeCloseTo(before + 60, 0);
  const widened = Number(await viewerSplitter.getAttribute('aria-valuenow'));

  // The second project was never opened here: it starts as the app is; then it gets its own narrower panel.
  await page.keyboard.press(`${mod}+o`);
  await expect(page).toHaveTitle(/second/);
  await sidePanel.focus();
  await page.keyboard.press('End');
  await page.keyboard.press('Home');
  await expect.poll(panelWidth).toBe(280);

  chosen = first;
  await page.keyboard.press(`${mod}+o`);
  await expect(page).toHaveTitle(/first/);
  await expect.poll(panelWidth).toBe(420);
  await expect(sidePanel).toHaveAttribute('aria-valuenow', '420');
  const layouts = JSON.parse(readFileSync(path.join(app.userDataDir, 'settings.json'), 'utf8')).projectLayouts;
  expect(layouts.map((entry: { path: string }) => path.basename(entry.path))).toEqual([
    'second.factdesk',
    'first.factdesk',
  ]);
  expect(layouts[1].panels).toEqual({ sidePanelWidth: 420, sourceViewerWidth: widened });
});

test('screen readers hear a highlight as its claim number and verdict', async ({ launch }) => {
  const { page } = await launch();
  await ready(page);
  await openDemo(page);
  const highlight = articleText(page).locator('mark').filter({ hasText: 'The average household bill will rise' });
  await expect(highlight).toHaveAccessibleDescription(/^Claim 1 — \w/);
  await openClaimRow(page, 0);
  await claimsPanel(page).getByRole('combobox', { name: 'Verdict', exact: true }).selectOption('false');
  await expect(highlight).toHaveAccessibleDescription('Claim 1 — False');
});
