import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DEMO_PROJECT } from './harness';
import { articleText } from './editor-helpers';
import { expect, test } from './fixtures';
import { pdfOf } from '../unit/helpers/hostile-documents';
import { findBodyProblem } from '../../shared/article/article-body';

/**
 * Importing a long or deeply nested article: the window keeps answering,
 * shows how far it has got with a Cancel button, and Cancel leaves the
 * project that was open as it was.
 */

const DEMO_HEADLINE = 'Water bills to rise 14% as Eastmere reservoir repairs run over budget';

function longArticle(paragraphs: number): string {
  const sentence = 'The harbour authority said container traffic rose by 4 per cent in the year to March.';
  return `<html><head><title>Harbour traffic</title></head><body>${Array.from({ length: paragraphs }, (_, i) => `<p>Paragraph ${i}. ${sentence}</p>`).join('')}</body></html>`;
}

test('a long article import shows progress with Cancel, and Cancel leaves the open project as it was', async ({
  launch,
  tempDir,
}) => {
  test.setTimeout(120_000);
  const project = path.join(tempDir, 'water.factdesk');
  copyFileSync(DEMO_PROJECT, project);
  const article = path.join(tempDir, 'harbour-traffic.html');
  writeFileSync(article, longArticle(60_000));
  const app = await launch({ projectPath: project, dialogs: { importArticle: () => article } });
  const { page } = app;
  await expect(articleText(page)).toContainText(DEMO_HEADLINE);
  const titleBefore = await page.title();

  await app.emit('menuCommand', 'file.importArticle');
  const progress = page.getByRole('progressbar', { name: 'Importing article' });
  await expect(progress).toBeVisible();
  // Main has read the file (the first half of the bar); the window is building the article, and answers.
  await expect
    .poll(async () => Number(await progress.getAttribute('aria-valuenow')), { timeout: 60_000 })
    .toBeGreaterThanOrEqual(50);
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(progress).toBeHidden();

  await page.waitForTimeout(1_500);
  await expect(articleText(page)).toContainText(DEMO_HEADLINE);
  await expect(articleText(page)).not.toContainText('Paragraph 0.');
  expect(await page.title()).toBe(titleBefore);
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toHaveCount(0);
});

test('an article nested 20,000 <div> deep is imported flat, every <div>’s text kept, with progress', async ({
  launch,
  tempDir,
}) => {
  test.setTimeout(120_000);
  const article = path.join(tempDir, 'deep.html');
  writeFileSync(
    article,
    `<html><head><title>Deep</title></head><body>${'<div>Harbour fees rose. '.repeat(20_000)}${'</div>'.repeat(20_000)}</body></html>`,
  );
  const { page } = await launch({ dialogs: { importArticle: () => article } });
  await page.getByRole('button', { name: /Import article/ }).click();
  await expect(page.getByRole('progressbar', { name: 'Importing article' })).toBeVisible();
  await expect(page.getByRole('progressbar', { name: 'Importing article' })).toBeHidden({ timeout: 100_000 });
  await expect(page.getByLabel('Title')).toHaveValue('Deep');
  expect(await articleText(page).evaluate((root) => root.textContent!.split('Harbour fees rose.').length - 1)).toBe(
    20_000,
  );
  expect(await articleText(page).locator('p').count()).toBeGreaterThan(19_000);
  const deepest = await articleText(page).evaluate((root) => {
    let max = 0;
    for (const element of root.querySelectorAll('*')) {
      let depth = 0;
      for (let node: Element | null = element; node && node !== root; node = node.parentElement) depth += 1;
      max = Math.max(max, depth);
    }
    return max;
  });
  expect(deepest).toBeLessThan(10);
});

test('a long PDF source shows how far main has read it, and Cancel adds nothing', async ({ launch, tempDir }) => {
  test.setTimeout(120_000);
  const pdf = path.join(tempDir, 'annual-accounts.pdf');
  writeFileSync(
    pdf,
    pdfOf({ pages: 3_000, pageText: 'Leakage fell by 9 per cent after the new detection programme began.' }),
  );
  const { page } = await launch({ dialogs: { sourceFile: () => pdf } });
  await page.getByRole('button', { name: /New project/ }).click();
  await page.getByRole('tab', { name: 'Sources' }).click();
  await page.getByRole('button', { name: 'Add source' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add source' });
  await dialog.getByRole('tab', { name: 'Import file' }).click();
  await dialog.getByRole('button', { name: 'Choose file…' }).click();
  const progress = page.getByRole('progressbar', { name: 'Importing source' });
  await expect
    .poll(async () => Number(await progress.getAttribute('aria-valuenow')), { timeout: 60_000 })
    .toBeGreaterThan(5);
  await page.locator('.progress').getByRole('button', { name: 'Cancel' }).click();
  await expect(progress).toBeHidden();
  await expect(dialog.getByRole('alert')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await page.waitForTimeout(1_000);
  await expect(page.getByRole('region', { name: 'Sources' })).toContainText('No sources yet');
});

test('an article nested deep in lists and quotes is imported within the depth a project may hold, so it saves', async ({
  launch,
  tempDir,
}) => {
  test.setTimeout(120_000);
  const article = path.join(tempDir, 'deep-lists.html');
  const nest = (open: string, close: string, depth: number) =>
    `${open.repeat(depth)}Ferry fares rose by 4 per cent.${close.repeat(depth)}`;
  // Each shape nests 300 levels: lists inside list items, lists directly inside lists (Lexical wraps each in an item), quotes.
  const shapes = [
    nest('<ul><li>Item ', '</li></ul>', 150),
    nest('<ul>', '</ul>', 300),
    nest('<ol><li>', '</li></ol>', 150),
    nest('<blockquote>', '</blockquote>', 300),
  ];
  writeFileSync(
    article,
    `<html><head><title>Deep lists</title></head><body>${shapes.map((shape) => `<p>Next shape.</p>${shape}`).join('')}</body></html>`,
  );
  const saved = path.join(tempDir, 'deep-lists.factdesk');
  const { page } = await launch({ dialogs: { importArticle: () => article, savePath: () => saved } });
  await page.getByRole('button', { name: /Import article/ }).click();
  await expect(page.getByLabel('Title')).toHaveValue('Deep lists', { timeout: 60_000 });
  await expect(articleText(page)).toContainText('Ferry fares rose by 4 per cent.');

  await page.keyboard.press('Control+s');
  await expect(page).toHaveTitle('deep-lists — Factdesk');
  const body = JSON.parse(readFileSync(saved, 'utf8')).article.body;
  expect(findBodyProblem(body)).toBeNull();
  expect(JSON.stringify(body).split('Ferry fares rose by 4 per cent.').length - 1).toBe(shapes.length);
});
