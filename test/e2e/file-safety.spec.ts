import { chmodSync, copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEMO_PROJECT } from './harness';
import { expect, test } from './fixtures';

/**
 * Files the window must not damage (issue 16): an article it cannot load in
 * full is not opened at all; fields it does not know survive a save; a
 * read-only file is not replaced.
 */

const editor = (page: import('playwright-core').Page) => page.getByRole('textbox', { name: 'Article text' });

function listing(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((name) => [name, readFileSync(path.join(dir, name), 'latin1')]),
  );
}

test('a project whose article holds a node type the editor does not know is refused with its path, and the file is untouched', async ({
  launch,
  tempDir,
}) => {
  const doc = JSON.parse(readFileSync(DEMO_PROJECT, 'utf8'));
  doc.article.body.root.children.splice(3, 0, { type: 'horizontalrule', version: 1 });
  const file = path.join(tempDir, 'story.factdesk');
  writeFileSync(file, `${JSON.stringify(doc, null, 2)}\n`);
  const before = listing(tempDir);

  const { page } = await launch({ dialogs: { openProject: () => file } });
  await page.getByRole('button', { name: /Open project…/ }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('article.body.root.children[3]');
  await expect(alert).toContainText('the node type “horizontalrule” is not one Factdesk’s article editor can show');
  await expect(editor(page)).toHaveCount(0);
  await page.screenshot({ path: path.join(os.tmpdir(), 'factdesk-unknown-node-refused.png') });
  // Nothing may save it by other means either: give autosave and crash backups time to act.
  await page.waitForTimeout(1500);
  expect(listing(tempDir)).toEqual(before);
});

test('fields this version does not know survive editing and saving in the window', async ({ launch, tempDir }) => {
  const doc = JSON.parse(readFileSync(DEMO_PROJECT, 'utf8'));
  const withUnknown = {
    format: doc.format,
    version: doc.version,
    id: doc.id,
    'x-newsroom': { desk: 'metro', embargo: '2026-12-24T06:00:00Z' },
    ...doc,
  };
  withUnknown.claims[0] = { ...withUnknown.claims[0], confidence: { level: 'high', by: ['kim'] } };
  withUnknown.sources[0] = { ...withUnknown.sources[0], licence: 'CC-BY 4.0' };
  const file = path.join(tempDir, 'story.factdesk');
  writeFileSync(file, `${JSON.stringify(withUnknown, null, 2)}\n`);

  const { page } = await launch({ projectPath: file });
  await expect(editor(page)).toContainText('Eastmere');
  await page.getByLabel('Title').fill('Water bills to rise 14%, council confirms');
  await page.keyboard.press('Control+s');
  await expect(page).toHaveTitle('story — Factdesk');

  const saved = readFileSync(file, 'utf8');
  const parsed = JSON.parse(saved);
  expect(parsed.article.title).toBe('Water bills to rise 14%, council confirms');
  expect(Object.keys(parsed).slice(0, 4)).toEqual(['format', 'version', 'id', 'x-newsroom']);
  expect(parsed['x-newsroom']).toEqual({ desk: 'metro', embargo: '2026-12-24T06:00:00Z' });
  expect(parsed.claims[0].confidence).toEqual({ level: 'high', by: ['kim'] });
  expect(parsed.sources[0].licence).toBe('CC-BY 4.0');
});

test('a read-only project file is not replaced: the save says so and the file keeps its bytes', async ({
  launch,
  tempDir,
}) => {
  const file = path.join(tempDir, 'story.factdesk');
  copyFileSync(DEMO_PROJECT, file);
  chmodSync(file, 0o444);
  const before = readFileSync(file);

  const { page } = await launch({ projectPath: file });
  await expect(editor(page)).toContainText('Eastmere');
  await page.getByLabel('Title').fill('An edit that cannot be saved here');
  await page.keyboard.press('Control+s');
  await expect(page.getByRole('alert')).toContainText(
    'Nothing was saved: ‘story.factdesk’ is read-only (its permissions do not allow changes). Your work is still open; make the file writable, or use Save As to keep your changes in a copy.',
  );
  expect(readFileSync(file).equals(before)).toBe(true);
});
