import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { docFromState } from '../../main/project-doc/document-state';
import type * as Y from 'yjs';
import { claimsOf } from '../../shared/project-doc/layout';
import { readClaims } from '../../shared/project-doc/project-records';
import { expect, test } from './fixtures';
import { articleText, claimRows, claimsPanel, openClaimRow } from './editor-helpers';
import { holdNextCall } from './held-call';

/**
 * The editor bound to the project's Yjs document (issue 18; the default, with
 * a switch to turn it off — renderer/project/document-binding.ts): the demo opens from
 * its stored state with its highlights, and Ctrl+Z / the Undo button take
 * back this person's typing, never the article's loading.
 */

test('bound to its document, the demo shows its article and claims, and undo takes back only the typing', async ({
  launch,
}) => {
  const { page } = await launch({ documentBinding: true });
  await page.getByRole('button', { name: /Open demo project/ }).click();
  await expect(articleText(page)).toContainText('Households in Port Calder will pay more for water');
  await expect(claimRows(page)).toHaveCount(5);
  await expect(articleText(page).locator('mark', { hasText: 'Even after this increase' })).toHaveAttribute(
    'data-verdict',
    'false',
  );
  // Putting the article in from the document is no edit.
  await expect(page.getByRole('banner')).toContainText('Not saved yet');
  await page.screenshot({ path: '/tmp/factdesk-document-binding.png' });
  const opened = await articleText(page).innerText();

  await articleText(page).getByText('Households in Port Calder').click();
  await page.keyboard.press('Home');
  await page.keyboard.type('Breaking ');
  await expect(articleText(page)).toContainText('Breaking Households in Port Calder');
  await page.keyboard.press('Control+z');
  await expect(articleText(page)).not.toContainText('Breaking');
  // Nothing left to undo: the loading of the article is no one's step.
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
  await page.keyboard.press('Control+z');
  expect(await articleText(page).innerText()).toBe(opened);
  await expect(claimRows(page)).toHaveCount(5);

  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(articleText(page)).toContainText('Breaking Households in Port Calder');
});

test('bound, a card change is saved into both halves of the file, and the file reopens with it', async ({
  launch,
  tempDir,
}) => {
  const file = path.join(tempDir, 'story.factdesk');
  writeFileSync(file, readFileSync(path.resolve(__dirname, '../../demo/city-water-demo.factdesk')));
  const { page } = await launch({ documentBinding: true, projectPath: file });
  await expect(claimRows(page)).toHaveCount(5);
  await openClaimRow(page, 0);
  await claimsPanel(page).getByRole('combobox', { name: 'Verdict', exact: true }).selectOption('unverifiable');
  await expect(articleText(page).locator('mark[data-verdict="unverifiable"]')).toHaveCount(1);
  await page.keyboard.press('Control+s');
  await expect(page.getByRole('status').filter({ hasText: 'Saved story' })).toBeVisible();

  const saved = JSON.parse(readFileSync(file, 'utf8'));
  const changed = saved.claims.filter((claim: { verdict: string }) => claim.verdict === 'unverifiable');
  expect(changed).toHaveLength(1);
  const doc = docFromState(saved.yjs);
  const inState = readClaims(doc);
  expect(inState.get(changed[0].id)).toMatchObject({ verdict: 'unverifiable' });
  // Written by the window into its document and sent with the save (main aligning the state would write a `fix_` entry).
  const log = claimsOf(doc).get(changed[0].id)!.get('verdicts') as Y.Array<{ id: string; value: string }>;
  expect(log.toArray().at(-1)).toMatchObject({ value: 'unverifiable', id: expect.stringMatching(/^log_/) });
  expect([...inState.keys()].sort()).toEqual(saved.claims.map((claim: { id: string }) => claim.id).sort());

  const again = await launch({ documentBinding: true, projectPath: file });
  await expect(claimRows(again.page)).toHaveCount(5);
  await expect(articleText(again.page).locator('mark[data-verdict="unverifiable"]')).toHaveCount(1);
  // The file's two halves agreed: it opens without a notice about being changed outside Factdesk.
  await expect(again.page.getByText(/changed outside Factdesk/)).toHaveCount(0);
});

test('switched off, the editor keeps its claims itself and main brings the file’s state in line at a save', async ({
  launch,
  tempDir,
}) => {
  const file = path.join(tempDir, 'story.factdesk');
  writeFileSync(file, readFileSync(path.resolve(__dirname, '../../demo/city-water-demo.factdesk')));
  const { page } = await launch({ documentBinding: false, projectPath: file });
  await expect(claimRows(page)).toHaveCount(5);
  await openClaimRow(page, 0);
  await claimsPanel(page).getByRole('combobox', { name: 'Verdict', exact: true }).selectOption('unverifiable');
  await expect(articleText(page).locator('mark[data-verdict="unverifiable"]')).toHaveCount(1);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(articleText(page).locator('mark[data-verdict="unverifiable"]')).toHaveCount(0);
  await page.getByRole('button', { name: 'Redo' }).click();
  await page.keyboard.press('Control+s');
  await expect(page.getByRole('status').filter({ hasText: 'Saved story' })).toBeVisible();

  const saved = JSON.parse(readFileSync(file, 'utf8'));
  const [changed] = saved.claims.filter((claim: { verdict: string }) => claim.verdict === 'unverifiable');
  const log = claimsOf(docFromState(saved.yjs)).get(changed.id)!.get('verdicts') as Y.Array<{ id: string }>;
  expect(log.toArray().at(-1)).toMatchObject({ value: 'unverifiable', id: expect.stringMatching(/^fix_/) });
});

test('while the article is still arriving nothing can be typed into it, and once in, the caret is in the text', async ({
  launch,
}) => {
  const { page } = await launch({ documentBinding: true });
  const arrival = await holdNextCall(page, 'readDocumentState');
  await page.getByRole('button', { name: /Open demo project/ }).click();
  await arrival.held();
  await expect(page.getByRole('status').filter({ hasText: 'Opening the article…' })).toBeVisible();
  // The claims arrive with the article: the panel does not invite marking a claim meanwhile.
  await expect(claimsPanel(page)).toContainText('Opening the claims…');
  await expect(claimsPanel(page)).not.toContainText('No claims yet');
  await expect(articleText(page)).toBeHidden();
  await page.keyboard.type('Typed too soon ');
  await arrival.release();
  await expect(articleText(page)).toContainText('Households in Port Calder will pay more for water');
  // The caret is put in the text a frame after it shows (after the reader's place is restored): type once it is there.
  await expect(articleText(page)).toBeFocused();
  await page.keyboard.type('Kept ');
  await expect(articleText(page)).toContainText('Kept Water bills to rise 14%');
  await expect(articleText(page)).not.toContainText('Typed too soon');
});
