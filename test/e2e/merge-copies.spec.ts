import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { DEMO_PROJECT } from './harness';
import { claimRows, typeAtEndOfParagraph } from './editor-helpers';
import { expect, test } from './fixtures';

/**
 * Issue 18 item 4 where a person sees it: the file changed on disk while
 * both people edited the same paragraph and rated the same claim; Merge
 * keeps every edit and lists what needs a look.
 */

const editor = (page: Page) => page.getByRole('textbox', { name: 'Article text' });

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a project file edited as loose JSON, as a person edits it by hand
type Json = Record<string, any>;

function colleagueSaves(file: string, change: (doc: Json) => void): void {
  const doc = JSON.parse(readFileSync(file, 'utf8'));
  change(doc);
  writeFileSync(file, `${JSON.stringify(doc, null, 2)}\n`);
}

function textNodeWith(node: Json, words: string): Json | null {
  if (node.type === 'text' && node.text.includes(words)) return node;
  for (const child of node.children ?? []) {
    const found = textNodeWith(child, words);
    if (found) return found;
  }
  return null;
}

test('Merge keeps both people’s edits to one paragraph and both verdicts set at once, and lists what needs a look', async ({
  launch,
  tempDir,
}) => {
  const file = path.join(tempDir, 'story.factdesk');
  copyFileSync(DEMO_PROJECT, file);
  const { page } = await launch({ projectPath: file, watchIntervalMs: 60_000 });
  await expect(editor(page)).toContainText('Households');
  await typeAtEndOfParagraph(page, 'Residents on low incomes', ' My local sentence.');
  await claimRows(page).filter({ hasText: 'According to Calder Water' }).click();
  const card = page.getByRole('region', { name: 'Claims' }).getByRole('region', { name: 'Claim 3' });
  await card.getByRole('combobox', { name: 'Verdict' }).selectOption('misleading');

  colleagueSaves(file, (doc) => {
    const node = textNodeWith(doc.article.body.root, 'The new rates will be reviewed');
    node!.text = node!.text.replace(
      'The new rates will be reviewed',
      'The new rates, the council said, will be reviewed',
    );
    Object.assign(
      doc.claims.find((claim: Json) => claim.id === 'clm_leak'),
      { verdict: 'false', verdictBy: 'Tomasz Wrona', updatedBy: 'Tomasz Wrona' },
    );
  });
  await page.keyboard.press('Control+s');
  await page.getByRole('dialog', { name: 'The file changed on disk' }).getByRole('button', { name: 'Merge' }).click();

  const notes = page.getByRole('dialog', { name: 'Merged: a few things need a look' });
  await expect(notes).toContainText(/Two verdicts or review decisions were set at once for claim 3 .*both are kept/);
  await page.screenshot({ path: path.join(os.tmpdir(), 'factdesk-merge-notes.png') });
  await notes.getByRole('button', { name: 'Close' }).click();
  await expect(notes).toBeHidden();

  await expect(editor(page)).toContainText('The new rates, the council said, will be reviewed again next autumn');
  // End goes to the end of the visual line: the sentence is typed inside the paragraph, the colleague's words before it.
  await expect(editor(page)).toContainText(
    /The new rates, the council said, will be reviewed again next autumn, [^]*My local sentence\.[^]*through the council’s website\./,
  );
  await expect(page).toHaveTitle('story — Factdesk');
  const saved = JSON.parse(readFileSync(file, 'utf8'));
  const body = JSON.stringify(saved.article.body);
  expect(body).toContain('The new rates, the council said, will be reviewed');
  expect(body.match(/My local sentence\./g)).toHaveLength(1);
  const claim = saved.claims.find((c: Json) => c.id === 'clm_leak');
  expect(claim.verdictConflict.map((entry: Json) => entry.value).sort()).toEqual(['false', 'misleading']);
  expect(saved.yjs.checksum).toMatch(/^[0-9a-f]{64}$/);
});
