import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';
import { articleText, claimRows, claimsPanel, pasteIntoArticle } from './editor-helpers';
import { txtBlocks } from '../../shared/article/structure/txt-blocks';
import { addPastedSource, BORDER_CLAIM, suggestionItems, typeParagraphs, WIRE_STORY } from './real-copy-helpers';

/** Issue 21: the finder, import and evidence suggestions on news copy as it really comes. */

const items = suggestionItems;
const wireStory = () => readFileSync(path.resolve(__dirname, '../..', WIRE_STORY), 'utf8');

test('accept a suggestion whose speaker is a surname resolved to a full name two paragraphs up; speaker and kind are saved', async ({
  launch,
  tempDir,
}) => {
  const file = path.join(tempDir, 'novak.factdesk');
  const { page } = await launch({ dialogs: { savePath: () => file } });
  await page.getByRole('button', { name: /New project/ }).click();
  await typeParagraphs(page, [
    'Interior Ministry spokesperson Ana Novak gave the police figures on Monday.',
    'The protests began after diesel prices doubled overnight.',
    'Novak said 140 officers had been injured since November 29.',
  ]);
  await page.getByRole('button', { name: 'Find claims' }).click();
  const novak = items(page).filter({ hasText: '140 officers had been injured' });
  await expect(novak).toContainText('Speaker: Ana Novak (person)');
  await novak.getByRole('button', { name: /^Suggested claim/ }).focus();
  await page.keyboard.press('Enter');
  await expect(claimRows(page)).toHaveCount(1);
  await claimRows(page).first().click();
  await expect(claimsPanel(page).getByRole('textbox', { name: 'Speaker' })).toHaveValue('Ana Novak');
  await page.keyboard.press('Control+s');
  await expect(page).toHaveTitle('novak — Factdesk');
  const saved = JSON.parse(readFileSync(file, 'utf8'));
  expect(saved.claims).toHaveLength(1);
  expect(saved.claims[0].anchor.quote.exact).toBe('140 officers had been injured since November 29');
  expect(saved.claims[0].tags.attributed).toEqual({ speaker: 'Ana Novak', kind: 'person' });
});

test('a claim no source states: the card says "No close match in the sources", and the nearest passages only on request', async ({
  launch,
}) => {
  const { page } = await launch();
  await page.getByRole('button', { name: /New project/ }).click();
  await typeParagraphs(page, ['Border row', BORDER_CLAIM]);
  await page.getByRole('button', { name: 'Find claims' }).click();
  const warning = items(page).filter({ hasText: 'Veltria has warned Kosmar' });
  await expect(warning).toContainText('Speaker: Veltria (organisation)');
  await warning.getByRole('button', { name: 'Accept' }).click();
  await expect(claimRows(page)).toHaveCount(1);

  await addPastedSource(
    page,
    'Harbour notes',
    'The harbour in Kessel reopened in 2019.\nFishing boats crossed the bay at dawn, the harbour master said.',
  );
  await claimRows(page).first().click();
  const card = claimsPanel(page).getByRole('region', { name: 'Claim 1' });
  await expect(card.getByText('No close match in the sources.')).toBeVisible();
  await expect(card.getByRole('list', { name: 'Suggested evidence' })).toHaveCount(0);
  await card.getByRole('button', { name: 'Show the nearest passages' }).click();
  const nearest = card.getByRole('list', { name: 'Suggested evidence' });
  await expect(nearest.getByRole('listitem').first()).toContainText('not a close match');

  // (Its outlet, Norden Press, read from the text's first line: the grouping names sources by outlet.)
  await addPastedSource(page, 'Wire copy', `Norden Press, December 13, 2021\n${BORDER_CLAIM}`);
  await addPastedSource(page, 'Broadcaster', BORDER_CLAIM);
  if (!(await card.isVisible())) await claimRows(page).first().click();
  const close = card.getByRole('list', { name: 'Suggested evidence' });
  await expect(close.getByRole('listitem').first()).toContainText('same figures: 3, 2021');
  await expect(close).toContainText('Same wording in 2 sources: Norden Press, Broadcaster');
  await expect(close.getByRole('listitem')).toHaveCount(1);
});

test('importing a pasted wire story: title, byline, outlet and date recognised, captions left out, one Undo; Save suggests the edited title', async ({
  launch,
  tempDir,
}) => {
  const article = path.resolve(__dirname, '../..', WIRE_STORY);
  const suggested: string[] = [];
  const { page } = await launch({
    dialogs: {
      importArticle: () => article,
      savePath: (name) => {
        suggested.push(name);
        return path.join(tempDir, `${name}.factdesk`);
      },
    },
  });
  await page.getByRole('button', { name: /Import article/ }).click();
  const notice = page.getByRole('status').filter({ hasText: 'Imported wire-border-drones.txt' });
  await expect(notice).toContainText(
    "Recognised title “Veltria warns Kosmar it will 'strike back' over drone incursions”; byline “Petra Lind”; outlet “Norden Press”; date “2021-12-13”",
  );
  await expect(notice).toContainText('3 lines left out of the text');
  await expect(page.getByLabel('Title')).toHaveValue(
    "Veltria warns Kosmar it will 'strike back' over drone incursions",
  );
  await expect(page.getByLabel('Byline')).toHaveValue('Petra Lind');
  await expect(page.getByLabel('Outlet')).toHaveValue('Norden Press');
  await expect(page.getByLabel('Published')).toHaveValue('2021-12-13');
  await expect(articleText(page)).not.toContainText('Norden Press/Jan Moritz');
  await expect(articleText(page)).not.toContainText('By Petra Lind');

  await notice.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByLabel('Title')).toHaveValue('wire-border-drones');
  await expect(page.getByLabel('Byline')).toHaveValue('');
  await expect(articleText(page)).toContainText('Norden Press/Jan Moritz');

  await page.getByLabel('Title').fill('Drone row: Veltria warns Kosmar');
  await page.keyboard.press('Control+s');
  await expect.poll(() => suggested).toEqual(['Drone row Veltria warns Kosmar']);
});

test('a wire story pasted as plain text arrives as its paragraphs, and the finder reads it as it reads the file', async ({
  launch,
}) => {
  const story = wireStory();
  const { page } = await launch();
  await page.getByRole('button', { name: /New project/ }).click();
  await articleText(page).click();
  await pasteIntoArticle(page, { 'text/plain': story });
  await expect(articleText(page).locator('p')).toHaveCount(txtBlocks(story).length);
  await expect(articleText(page).locator('br')).toHaveCount(0);
  await page.getByRole('button', { name: 'Find claims' }).click();
  await expect(items(page).filter({ hasText: 'We have shown restraint for six months' })).toContainText(
    'Speaker: Ilse Varga',
  );
  await expect(items(page).filter({ hasText: 'Soldiers inspect wreckage' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(articleText(page)).not.toContainText('restraint');
});

test("a web page's article pasted as HTML: its date and photo caption stay lines of their own, and are not suggested", async ({
  launch,
}) => {
  const { page } = await launch();
  await page.getByRole('button', { name: /New project/ }).click();
  await articleText(page).click();
  const html = `<article><h1>Port to shut two berths for quay repairs</h1>
    <div class="byline">By <a href="https://example.com/lm">Lena Marsh</a>, Nordwire</div><time>4 March 2026, 09:12 GMT</time>
    <figure><img src="https://example.com/a.jpg"><figcaption>Harbour cranes at Port Hallen on Monday. Photo: Lars Berg/Nordwire</figcaption></figure>
    <p>The Hallen Port Authority said on Tuesday it would close two of its four container berths for eight weeks.</p>
    <aside>READ MORE: Storm damage bill tops 30 million crowns</aside></article>`;
  await pasteIntoArticle(page, { 'text/html': html, 'text/plain': 'plain fallback' });
  const paragraphs = articleText(page).locator('p');
  await expect(paragraphs.filter({ hasText: 'GMT' })).toHaveText('4 March 2026, 09:12 GMT');
  await expect(paragraphs.filter({ hasText: 'Harbour cranes' })).toHaveText(
    'Harbour cranes at Port Hallen on Monday. Photo: Lars Berg/Nordwire',
  );
  await expect(paragraphs.filter({ hasText: 'READ MORE' })).toHaveText(
    'READ MORE: Storm damage bill tops 30 million crowns',
  );
  await page.getByRole('button', { name: 'Find claims' }).click();
  await expect(items(page).filter({ hasText: 'close two of its four container berths' })).toContainText(
    'Speaker: Hallen Port Authority',
  );
  await expect(items(page).filter({ hasText: /Harbour cranes|READ MORE|GMT/ })).toHaveCount(0);
});

test('a source pasted as text gets its title, outlet, byline and date from the text; a typed title wins', async ({
  launch,
}) => {
  const story = wireStory();
  const { page } = await launch();
  await page.getByRole('button', { name: /New project/ }).click();
  await page.getByRole('tab', { name: 'Sources' }).click();
  await page.getByRole('button', { name: 'Add source' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add source' });
  await dialog.getByRole('textbox', { name: 'Text', exact: true }).fill(story);
  await expect(dialog.getByLabel('Title')).toHaveValue(
    "Veltria warns Kosmar it will 'strike back' over drone incursions",
  );
  await expect(dialog.getByLabel('Outlet or author')).toHaveValue('Norden Press');
  await expect(dialog).toContainText('From the text: title; outlet; byline “Petra Lind”; date 2021-12-13.');
  await dialog.getByLabel('Title').fill('Drone row, wire copy');
  await dialog.getByRole('textbox', { name: 'Text', exact: true }).press('End');
  await dialog.getByRole('textbox', { name: 'Text', exact: true }).pressSequentially(' More.');
  await expect(dialog.getByLabel('Title')).toHaveValue('Drone row, wire copy');
  await dialog.getByRole('button', { name: 'Add', exact: true }).click();
  const source = page.getByRole('region', { name: 'Sources' }).getByRole('listitem').first();
  await expect(source).toContainText('Drone row, wire copy');
  await expect(source).toContainText('Norden Press');
  await source.getByRole('button', { name: 'Edit' }).click();
  const meta = page.getByRole('dialog');
  await expect(meta.getByLabel('Author')).toHaveValue('Petra Lind');
  await expect(meta.getByLabel(/Published/)).toHaveValue('2021-12-13');
});
