import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';
import {
  articleText,
  claimRows,
  claimsPanel,
  dragSelect,
  keyboardSelect,
  selectedText,
  openClaimRow,
  pasteIntoArticle,
} from './editor-helpers';
import type { Page } from 'playwright-core';

const FIXTURES = path.resolve(__dirname, '../fixtures/articles');

async function newArticle(page: Page, paragraphs: string[]): Promise<void> {
  await page.getByRole('button', { name: /New project/ }).click();
  await articleText(page).click();
  for (const [i, paragraph] of paragraphs.entries()) {
    if (i > 0) await page.keyboard.press('Enter');
    await page.keyboard.type(paragraph);
  }
}

const FERRY =
  'The harbour ferry will run all night from June. Board chair Lena Duarte said 3,000 passengers a night would use it.';

test('mark claims by mouse and keyboard, tag, rate, save, relaunch and find them intact', async ({
  launch,
  tempDir,
}) => {
  const file = path.join(tempDir, 'ferry');
  const app = await launch({ dialogs: { savePath: () => file } });
  const { page } = app;
  await newArticle(page, [FERRY]);

  await dragSelect(page, 'The harbour ferry will run all night from June.');
  expect(await selectedText(page)).toBe('The harbour ferry will run all night from June.');
  await page.getByRole('button', { name: 'Mark claim' }).click();
  await expect(claimRows(page)).toHaveCount(1);

  await keyboardSelect(page, '3,000 passengers a night would use it');
  expect(await selectedText(page)).toBe('3,000 passengers a night would use it');
  await page.keyboard.press('Control+Shift+M');
  await expect(claimRows(page)).toHaveCount(2);

  const card = claimsPanel(page).getByRole('region', { name: 'Claim 2' });
  await card.getByRole('checkbox', { name: 'Attributed' }).check();
  await card.getByRole('textbox', { name: 'Speaker' }).fill('Lena Duarte, board chair');
  await card.getByRole('checkbox', { name: 'Disputed' }).check();
  await card.getByRole('textbox', { name: 'Reason' }).fill('The board’s own survey says 1,800.');
  await card.getByRole('combobox', { name: 'Verdict' }).selectOption('misleading');
  await card.getByRole('textbox', { name: 'Note' }).fill('Survey, page 4.');
  await card.getByRole('combobox', { name: 'Add tag' }).fill('ridership');
  await card.getByRole('combobox', { name: 'Add tag' }).press('Enter');
  await expect(claimRows(page).nth(1)).toHaveAccessibleName(
    /^Claim 2: Misleading\. 3,000 passengers a night would use it$/,
  );
  await expect(articleText(page).locator('mark[data-verdict="misleading"]')).toHaveText(
    '3,000 passengers a night would use it',
  );

  await page.keyboard.press('Control+s');
  await expect(page).toHaveTitle('ferry — Factdesk');
  const saved = JSON.parse(readFileSync(`${file}.factdesk`, 'utf8'));
  expect(saved.claims.map((c: { anchor: { quote: { exact: string } } }) => c.anchor.quote.exact)).toEqual([
    'The harbour ferry will run all night from June.',
    '3,000 passengers a night would use it',
  ]);
  expect(saved.claims[1]).toMatchObject({
    verdict: 'misleading',
    note: 'Survey, page 4.',
    tags: {
      attributed: { speaker: 'Lena Duarte, board chair' },
      disputed: { reason: 'The board’s own survey says 1,800.' },
      free: ['ridership'],
    },
    anchor: { position: { start: 77, end: 114 } },
  });
  expect(JSON.stringify(saved.article.body)).not.toContain('factdeskClaims');
  await app.close();

  const again = (await launch({ projectPath: `${file}.factdesk` })).page;
  await expect(claimRows(again)).toHaveCount(2);
  await articleText(again).locator('mark', { hasText: '3,000 passengers' }).click();
  const reopened = claimsPanel(again).getByRole('region', { name: 'Claim 2' });
  await expect(reopened.getByRole('textbox', { name: 'Speaker' })).toHaveValue('Lena Duarte, board chair');
  await expect(reopened.getByRole('textbox', { name: 'Reason' })).toHaveValue('The board’s own survey says 1,800.');
  await expect(reopened.getByRole('combobox', { name: 'Verdict' })).toHaveValue('misleading');
  await expect(reopened.getByRole('textbox', { name: 'Note' })).toHaveValue('Survey, page 4.');
});

test('typing inside a claim keeps the highlight on its words and the saved quote follows', async ({
  launch,
  tempDir,
}) => {
  const file = path.join(tempDir, 'edit-inside.factdesk');
  const { page } = await launch({ dialogs: { savePath: () => file } });
  await newArticle(page, ['Officials said the bridge cost 40 million to build.']);
  await dragSelect(page, 'the bridge cost 40 million');
  await page.keyboard.press('Control+Shift+M');
  await keyboardSelect(page, '40');
  await page.keyboard.type('45');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.type('about ');
  await expect(articleText(page).locator('mark')).toHaveText('the bridge cost about 45 million');
  await page.keyboard.press('Control+s');
  await expect(page).toHaveTitle('edit-inside — Factdesk');
  const claim = JSON.parse(readFileSync(file, 'utf8')).claims[0];
  expect(claim.anchor.quote).toEqual({
    exact: 'the bridge cost about 45 million',
    prefix: 'Officials said ',
    suffix: ' to build.',
  });
});

test('overlapping claims: both listed, visibly distinct, and a click picks the innermost', async ({ launch }) => {
  const { page } = await launch();
  await newArticle(page, ['The mayor said the new tram line, which opened in May, carries 9,000 riders a day.']);
  await dragSelect(page, 'the new tram line, which opened in May, carries 9,000 riders a day');
  await page.keyboard.press('Control+Shift+M');
  await dragSelect(page, 'which opened in May');
  await page.keyboard.press('Control+Shift+M');
  await expect(claimRows(page)).toHaveCount(2);
  await expect(articleText(page).locator('mark[data-overlap="true"]')).toHaveText('which opened in May');
  await page
    .getByRole('button', { name: 'Dismiss message' })
    .click({ timeout: 1000 })
    .catch(() => {});
  await articleText(page).locator('mark[data-overlap="true"]').click();
  await expect(claimsPanel(page).getByRole('button', { expanded: true })).toHaveAccessibleName(/which opened in May$/);
  await articleText(page).locator('mark', { hasText: 'carries 9,000' }).click();
  await expect(claimsPanel(page).getByRole('button', { expanded: true })).toHaveAccessibleName(
    /the new tram line, which opened in May, carries 9,000 riders a day$/,
  );
});

test('delete a claim keeps its text; undo brings back highlight and metadata together', async ({ launch }) => {
  const { page } = await launch();
  await page.getByRole('button', { name: /Open demo project/ }).click();
  await openClaimRow(page, 3);
  const card = claimsPanel(page).getByRole('region', { name: 'Claim 4' });
  await expect(card.getByRole('combobox', { name: 'Verdict' })).toHaveValue('false');
  await card.getByRole('button', { name: 'Delete claim' }).click();
  await expect(claimRows(page)).toHaveCount(4);
  await expect(articleText(page)).toContainText(
    'Even after this increase, our customers will still pay the lowest water bills',
  );
  await expect(articleText(page).locator('mark', { hasText: 'Even after this increase' })).toHaveCount(0);

  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(claimRows(page)).toHaveCount(5);
  await expect(articleText(page).locator('mark', { hasText: 'Even after this increase' })).toHaveAttribute(
    'data-verdict',
    'false',
  );
  await openClaimRow(page, 3);
  await expect(
    claimsPanel(page).getByRole('region', { name: 'Claim 4' }).getByRole('textbox', { name: 'Reason' }),
  ).toHaveValue(/Ashby Water/);

  await page.getByRole('button', { name: 'Redo' }).click();
  // The list renders only rows in view (an open card is tall): count what the panel says.
  await expect(claimsPanel(page).getByLabel(/^\d+ claims$/)).toHaveText('4');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(claimsPanel(page).getByLabel(/^\d+ claims$/)).toHaveText('5');
});

test('undo covers a verdict change and a mark', async ({ launch }) => {
  const { page } = await launch();
  await newArticle(page, ['Turnout was 71 per cent, the highest since 1992.']);
  await dragSelect(page, 'Turnout was 71 per cent');
  await page.getByRole('button', { name: 'Mark claim' }).click();
  const card = claimsPanel(page).getByRole('region', { name: 'Claim 1' });
  await card.getByRole('combobox', { name: 'Verdict' }).selectOption('accurate');
  await expect(articleText(page).locator('mark')).toHaveAttribute('data-verdict', 'accurate');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(articleText(page).locator('mark')).toHaveAttribute('data-verdict', 'unrated');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(articleText(page).locator('mark')).toHaveCount(0);
  await expect(claimRows(page)).toHaveCount(0);
});

test('splitting and merging a paragraph inside a claim keeps one claim; the context menu marks too', async ({
  launch,
}) => {
  const { page } = await launch();
  await newArticle(page, ['Exports rose by 8 per cent in the third quarter, the ministry said.']);
  await dragSelect(page, 'Exports rose by 8 per cent in the third quarter');
  await articleText(page).getByText('Exports rose by 8 per cent').click({ button: 'right' });
  await page.getByRole('menu', { name: 'Article' }).getByRole('menuitem', { name: 'Mark claim' }).click();
  await expect(claimRows(page)).toHaveCount(1);
  await keyboardSelect(page, 'in the third');
  await page.keyboard.press('ArrowLeft');
  // Lexical learns of caret moves from the asynchronous selectionchange event; a person is never this fast.
  await page.waitForTimeout(50);
  await page.keyboard.press('Enter');
  await expect(articleText(page).locator('p')).toHaveCount(2);
  await expect(articleText(page).locator('mark')).toHaveCount(2);
  await expect(claimRows(page)).toHaveCount(1);
  await page.keyboard.press('Backspace');
  await expect(articleText(page).locator('p')).toHaveCount(1);
  await expect(claimRows(page)).toHaveCount(1);
  await expect(claimRows(page).first()).toHaveAccessibleName(/Exports rose by 8 per cent in the third quarter$/);
});

test('deleting all of a claim’s text orphans it, with its last quote, never silently', async ({ launch }) => {
  const { page } = await launch();
  await newArticle(page, ['First paragraph stays.', 'Unemployment fell to 4 per cent.']);
  await dragSelect(page, 'Unemployment fell to 4 per cent.');
  await page.keyboard.press('Control+Shift+M');
  await dragSelect(page, 'Unemployment fell to 4 per cent.');
  await page.keyboard.press('Backspace');
  await expect(claimRows(page)).toHaveCount(0);
  const orphans = claimsPanel(page).getByRole('region', { name: 'Orphaned claims' });
  await expect(orphans).toContainText('Unemployment fell to 4 per cent.');
});

test('navigate claims with Alt+arrows, jump to the card and Escape back to the text', async ({ launch }) => {
  const { page } = await launch();
  await page.getByRole('button', { name: /Open demo project/ }).click();
  await articleText(page).click();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(claimsPanel(page).getByRole('region', { name: 'Claim 1' })).toBeVisible();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(claimsPanel(page).getByRole('region', { name: 'Claim 2' })).toBeVisible();
  await expect(articleText(page).locator('mark[data-active="true"]')).toContainText('The repairs to the Eastmere dam');
  // Only the claim revealed last pulses, even while the previous one's pulse would still run.
  const pulsing = articleText(page).locator('mark[data-flash]');
  await expect(pulsing.filter({ hasText: 'The repairs to the Eastmere dam' })).toHaveCount(1);
  expect(await pulsing.count()).toBe(1);
  await expect(pulsing).toHaveCount(0, { timeout: 3000 });
  await page.keyboard.press('Alt+ArrowUp');
  await expect(claimsPanel(page).getByRole('region', { name: 'Claim 1' })).toBeVisible();
  await page.keyboard.press('Alt+Enter');
  await expect(claimsPanel(page).getByRole('combobox', { name: 'Verdict', exact: true })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(articleText(page)).toBeFocused();
});

test('filters narrow the list by verdict, tag, status and text, with counts', async ({ launch }) => {
  const { page } = await launch();
  await page.getByRole('button', { name: /Open demo project/ }).click();
  const panel = claimsPanel(page);
  await panel.getByRole('combobox', { name: 'Filter by verdict' }).selectOption('unrated');
  await expect(claimRows(page)).toHaveCount(2);
  await expect(panel.getByLabel('5 claims')).toHaveText('2 of 5');
  await panel.getByRole('combobox', { name: 'Filter by verdict' }).selectOption('all');
  await panel.getByRole('combobox', { name: 'Filter by tag' }).selectOption('disputed');
  await expect(claimRows(page)).toHaveCount(1);
  await panel.getByRole('combobox', { name: 'Filter by tag' }).selectOption('figures');
  await expect(claimRows(page)).toHaveCount(2);
  await panel.getByRole('combobox', { name: 'Filter by tag' }).selectOption('all');
  await panel.getByRole('searchbox', { name: 'Search claims' }).fill('okafor');
  await expect(claimRows(page)).toHaveCount(1);
  await expect(claimRows(page).first()).toHaveAccessibleName(/Eastmere dam/);
  await panel.getByRole('searchbox', { name: 'Search claims' }).fill('');
  await panel.getByRole('combobox', { name: 'Filter by status' }).selectOption('approved');
  await expect(claimRows(page)).toHaveCount(0);
  await expect(panel).toContainText('No claims match these filters.');
});

test.describe('hostile paste', () => {
  test.use({ toleratedCspViolations: ['script-src-attr inline'] });

  test('pasted HTML is sanitised: nothing runs, the text arrives', async ({ launch }) => {
    const { page } = await launch();
    await newArticle(page, ['Intro.']);
    const payload =
      '<p>Safe <b>bold</b> text.</p><script>window.__pwned = "script"</script>' +
      '<img src="x" onerror="window.__pwned = \'img\'"><p><a href="javascript:window.__pwned=\'link\'">a link</a> and ' +
      '<a href="https://example.org/ok">a good link</a></p><iframe src="https://example.org"></iframe><svg onload="window.__pwned=\'svg\'"></svg>';
    await pasteIntoArticle(page, { 'text/html': payload, 'text/plain': 'fallback' });
    await expect(articleText(page)).toContainText('Safe bold text.');
    await expect(articleText(page)).toContainText('a link and a good link');
    await articleText(page).getByText('a link', { exact: true }).click();
    expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned ?? null)).toBeNull();
    await expect(articleText(page).locator('img, iframe, svg, script')).toHaveCount(0);
    await expect(articleText(page).locator('a[href^="javascript"]')).toHaveCount(0);
    await expect(articleText(page).locator('a[href="https://example.org/ok"]')).toHaveCount(1);
    expect(page.url()).toBe('https://factdesk.app/index.html');
  });

  test('an imported HTML article arrives as text, with nothing remote or active', async ({ launch }) => {
    const { page } = await launch({ dialogs: { importArticle: () => path.join(FIXTURES, 'budget-brief.html') } });
    await page.getByRole('button', { name: /Import article/ }).click();
    await expect(page.getByLabel('Title')).toHaveValue('Budget brief: libraries keep their hours');
    await expect(articleText(page)).toContainText('Opening hours cost £2.1 million a year.');
    await expect(articleText(page).locator('img, style, script')).toHaveCount(0);
  });
});

test('import a .docx article into a new project', async ({ launch }) => {
  const { page } = await launch({ dialogs: { importArticle: () => path.join(FIXTURES, 'council-budget.docx') } });
  await page.getByRole('button', { name: /Import article/ }).click();
  await expect(page.getByLabel('Title')).toHaveValue('Ferry service to run all night from June');
  await expect(
    articleText(page).getByRole('heading', { name: 'Ferry service to run all night from June' }),
  ).toBeVisible();
  await expect(articleText(page).locator('blockquote')).toHaveText(
    '“Night workers have waited long enough,” Duarte said.',
  );
  await expect(articleText(page)).toContainText('Board chair Lena Duarte said 3,000 passengers a night');
  await expect(page).toHaveTitle(/Ferry service to run all night from June — Factdesk/);
});

test('a claim whose highlight is missing from the file is re-anchored from its quote on open', async ({ launch }) => {
  const { page } = await launch({ projectPath: path.resolve(__dirname, '../fixtures/projects/prototype-v0.factdesk') });
  await expect(articleText(page).locator('mark')).toHaveText('3,000 people a night would use it');
  await expect(claimRows(page)).toHaveCount(1);
  await expect(page.getByRole('status').filter({ hasText: 'Restored the highlights of 1 claim' })).toBeVisible();
});
