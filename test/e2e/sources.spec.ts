import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { DEMO_PROJECT } from './harness';
import { expect, mod, test } from './fixtures';

const FIXTURES = path.resolve(__dirname, '../fixtures/sources');

async function openSourcesTab(page: Page) {
  await page.getByRole('tab', { name: 'Sources' }).click();
  return page.getByRole('region', { name: 'Sources' });
}

async function pasteSource(page: Page, title: string, outlet: string, text: string) {
  await page.getByRole('button', { name: 'Add source' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add source' });
  await dialog.getByLabel('Title').fill(title);
  await dialog.getByLabel('Outlet or author').fill(outlet);
  await dialog.getByRole('textbox', { name: 'Text', exact: true }).fill(text);
  await dialog.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(dialog).toBeHidden();
}

const PASTED =
  'Minutes of the water board, 3 March.\nThe board agreed the repairs would cost $767m. Bills will rise by 14 per cent.\nThe repairs start in May.';

test('add sources by paste and by file, read and search them, save and reopen', async ({ launch, tempDir }) => {
  const target = path.join(tempDir, 'sourced.factdesk');
  const app = await launch({
    dialogs: { savePath: () => target, sourceFile: () => path.join(FIXTURES, 'water-article.html') },
  });
  const { page } = app;
  await page.getByRole('button', { name: /New project/ }).click();
  const panel = await openSourcesTab(page);
  await expect(panel).toContainText('No sources yet');

  await pasteSource(page, 'Water board minutes', 'Port Calder Water Authority', PASTED);
  await expect(panel.getByRole('listitem')).toHaveCount(1);
  await expect(panel.getByRole('listitem').first()).toContainText('Water board minutes');
  await expect(panel.getByRole('listitem').first()).toContainText('Port Calder Water Authority');
  await expect(page).toHaveTitle(/^● /);

  await page.getByRole('button', { name: 'Add source' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add source' });
  await dialog.getByRole('tab', { name: 'Import file' }).click();
  await dialog.getByRole('button', { name: 'Choose file…' }).click();
  await expect(dialog).toBeHidden();
  expect(app.dialogCalls).toContain('source');
  await expect(panel.getByRole('listitem')).toHaveCount(2);
  await expect(panel.getByRole('listitem').nth(1)).toContainText('Water bills to rise 14% after reservoir repairs');

  // A newly added source opens in the viewer; the pasted one opens on click.
  await panel.getByRole('button', { name: /^Water board minutes/ }).click();
  const viewer = page.getByRole('region', { name: 'Source: Water board minutes' });
  await expect(viewer.getByRole('document', { name: 'Source text' })).toContainText(
    'The board agreed the repairs would cost $767m.',
  );
  await viewer.getByRole('document', { name: 'Source text' }).click();
  await page.keyboard.press(`${mod}+f`);
  await expect(viewer.getByRole('searchbox', { name: 'Find in source' })).toBeFocused();
  await page.keyboard.type('repairs');
  await expect(viewer.getByRole('status')).toHaveText('1 of 2');
  await expect(viewer.locator('.find-match')).toHaveCount(2);
  await page.keyboard.press('Enter');
  await expect(viewer.getByRole('status')).toHaveText('2 of 2');
  await expect(viewer.locator('.find-match.current')).toHaveText('repairs');

  await page.keyboard.press('Control+s');
  await expect(page).toHaveTitle('sourced — Factdesk');
  const saved = JSON.parse(readFileSync(target, 'utf8'));
  expect(saved.sources.map((source: { title: string }) => source.title)).toEqual([
    'Water board minutes',
    'Water bills to rise 14% after reservoir repairs',
  ]);
  expect(saved.sources[0].text).toBe(PASTED);
  expect(saved.sources[1].fileName).toBe('water-article.html');
  await app.close();

  const again = await launch({ projectPath: target });
  const reopened = await openSourcesTab(again.page);
  await expect(reopened.getByRole('listitem')).toHaveCount(2);
  await reopened.getByRole('button', { name: /^Water bills to rise/ }).click();
  await expect(again.page.getByRole('document', { name: 'Source text' })).toContainText(
    'The repairs to the Eastmere dam will cost USD 767 million & take two years.',
  );
});

test('a file that cannot be read is refused in the dialog and nothing is added', async ({ launch, tempDir }) => {
  const broken = path.join(tempDir, 'memo.docx');
  writeFileSync(broken, 'not really a Word document');
  const { page } = await launch({ dialogs: { sourceFile: () => broken } });
  await page.getByRole('button', { name: /New project/ }).click();
  const panel = await openSourcesTab(page);
  await page.getByRole('button', { name: 'Add source' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add source' });
  await dialog.getByRole('tab', { name: 'Import file' }).click();
  await dialog.getByRole('button', { name: 'Choose file…' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(
    'The file ‘memo.docx’ could not be read as a DOCX file: it may be damaged or not what its name says. Nothing was added.',
  );
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(panel).toContainText('No sources yet');
  await expect(page).toHaveTitle('Untitled project — Factdesk');
});

test('add a web page by its address: a bad address is refused; one on loopback only once the user confirms it', async ({
  launch,
}) => {
  const requests: string[] = [];
  const server = createServer((request, response) => {
    requests.push(request.url ?? '');
    if (request.url === '/tolls') {
      response.writeHead(302, { location: '/2026/tolls' });
      response.end();
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(
      '<html><head><title>Harbour Ledger | Tolls</title></head><body><nav>Home</nav><article><p>Bridge tolls will rise to £3 in June.</p></article></body></html>',
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const address = `http://127.0.0.1:${(server.address() as AddressInfo).port}/tolls`;
    const { page } = await launch();
    await page.getByRole('button', { name: /New project/ }).click();
    const panel = await openSourcesTab(page);
    await page.getByRole('button', { name: 'Add source' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add source' });
    await dialog.getByRole('tab', { name: 'Web page' }).click();
    await dialog.getByLabel('Web address').fill('ftp://example.org/file');
    await dialog.getByRole('button', { name: 'Fetch page' }).click();
    await expect(dialog.getByRole('alert')).toContainText('is not a web address Factdesk can fetch');
    await expect(panel).toContainText('No sources yet');

    // Loopback is this computer: refused until the user says yes, and nothing is sent before.
    await dialog.getByLabel('Web address').fill(address);
    await dialog.getByRole('button', { name: 'Fetch page' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Fetch from your own network?' });
    await expect(confirm).toContainText('This address is on your own network (127.0.0.1). Fetch it anyway?');
    expect(requests).toEqual([]);
    await confirm.getByRole('button', { name: 'Don’t fetch' }).click();
    await expect(confirm).toBeHidden();
    await expect(panel).toContainText('No sources yet');
    expect(requests).toEqual([]);

    await dialog.getByRole('button', { name: 'Fetch page' }).click();
    await confirm.getByRole('button', { name: 'Fetch anyway' }).click();
    await expect(dialog).toBeHidden();
    await expect(panel.getByRole('listitem')).toHaveCount(1);
    await expect(panel.getByRole('listitem')).toContainText('Harbour Ledger | Tolls');
    await expect(page.getByRole('document', { name: 'Source text' })).toHaveText(
      'Bridge tolls will rise to £3 in June.',
    );
    expect(requests).toEqual(['/tolls', '/2026/tolls']);
  } finally {
    server.close();
  }
});

test('edit a source’s details, remove it and its evidence links with confirmation, and undo', async ({
  launch,
  tempDir,
}) => {
  const file = path.join(tempDir, 'linked.factdesk');
  const project = JSON.parse(readFileSync(DEMO_PROJECT, 'utf8'));
  const [source] = project.sources;
  const excerpt = source.text.slice(0, 40);
  project.evidence = [
    {
      id: 'ev_1',
      claimId: project.claims[0].id,
      sourceId: source.id,
      stance: 'supports',
      anchor: { position: { start: 0, end: 40 }, quote: { exact: excerpt, prefix: '', suffix: '' } },
    },
  ];
  writeFileSync(file, JSON.stringify(project));
  const { page } = await launch({ projectPath: file });
  const panel = await openSourcesTab(page);
  const items = panel.getByRole('listitem');
  const count = project.sources.length;
  await expect(items).toHaveCount(count);
  await expect(items.first()).toContainText('1 evidence link');

  await panel.getByRole('button', { name: `Edit details of ${source.title}` }).click();
  const details = page.getByRole('dialog', { name: 'Source details' });
  await details.getByLabel('Title').fill('Renamed source');
  await details.getByLabel('Author').fill('R. Okafor');
  await details.getByRole('button', { name: 'Save details' }).click();
  await expect(items.first()).toContainText('Renamed source');
  await expect(items.first()).toContainText('R. Okafor');

  await panel.getByRole('button', { name: 'Remove Renamed source' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Remove source?' });
  await expect(confirm).toContainText(
    'Remove “Renamed source” from the project? The 1 evidence link to it will be removed too.',
  );
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(items).toHaveCount(count);

  await panel.getByRole('button', { name: 'Remove Renamed source' }).click();
  await confirm.getByRole('button', { name: 'Remove' }).click();
  await expect(items).toHaveCount(count - 1);
  await expect(panel).not.toContainText('Renamed source');
  await page.keyboard.press('Control+s');
  await expect(page).toHaveTitle('linked — Factdesk');
  const saved = JSON.parse(readFileSync(file, 'utf8'));
  expect(saved.sources).toHaveLength(count - 1);
  expect(saved.evidence).toEqual([]);

  await page
    .getByRole('status')
    .filter({ hasText: 'Removed “Renamed source” and 1 evidence link.' })
    .getByRole('button', { name: 'Undo' })
    .click();
  await expect(items).toHaveCount(count);
  await expect(items.first()).toContainText('Renamed source');
  await expect(items.first()).toContainText('1 evidence link');
});

test('a source’s published date, recognised from its text at import, shows in its details as “Published”, edits and saves (issue 21)', async ({
  launch,
  tempDir,
}) => {
  const sourceFile = path.join(tempDir, 'ferry-fine.txt');
  writeFileSync(
    sourceFile,
    [
      'Ferry operator fined over Lanner crossings',
      'Mia Kowalczyk, SBN News',
      'Posted Fri 3 Mar 2023 at 4:05pm',
      'The operator of the Lanner Island ferry has been fined $2.4 million for cancelling 412 crossings last winter.',
    ].join('\n\n'),
  );
  const target = path.join(tempDir, 'dated.factdesk');
  const { page } = await launch({ dialogs: { savePath: () => target, sourceFile: () => sourceFile } });
  await page.getByRole('button', { name: /New project/ }).click();
  const panel = await openSourcesTab(page);
  await page.getByRole('button', { name: 'Add source' }).click();
  const add = page.getByRole('dialog', { name: 'Add source' });
  await add.getByRole('tab', { name: 'Import file' }).click();
  await add.getByRole('button', { name: 'Choose file…' }).click();
  await expect(add).toBeHidden();

  await panel.getByRole('button', { name: 'Edit details of Ferry operator fined over Lanner crossings' }).click();
  const details = page.getByRole('dialog', { name: 'Source details' });
  await expect(details.getByLabel('Outlet')).toHaveValue('SBN News');
  await expect(details.getByLabel('Published')).toHaveValue('2023-03-03');
  await details.getByLabel('Published').fill('2023-03-04');
  await details.getByRole('button', { name: 'Save details' }).click();
  await expect(details).toBeHidden();

  await page.keyboard.press('Control+s');
  await expect(page).toHaveTitle('dated — Factdesk');
  const saved = JSON.parse(readFileSync(target, 'utf8'));
  expect(saved.sources[0]).toMatchObject({
    title: 'Ferry operator fined over Lanner crossings',
    outlet: 'SBN News',
    author: 'Mia Kowalczyk',
    publishedDate: '2023-03-04',
  });
});
