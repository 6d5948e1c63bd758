import { addUsers } from '../collab/helpers/users';
import { freePort, startServe, stopAll, tempDir, type RunningServe } from '../collab/helpers/processes';
import { startProxy, type Proxy } from '../collab/helpers/tcp-proxy';
import { articleText, claimRows, dragSelect } from './editor-helpers';
import { collabStatus, launchBound, openShared, shareDemo } from './collab-helpers';
import { expect, test } from './fixtures';
import type { LaunchedApp } from './harness';

/**
 * Two windows mark overlapping claims in one sentence while they cannot
 * hear each other (a loopback TCP proxy this file cuts and heals): A marks
 * its words 1–4, B its words 3–6. Once healed, both windows show both
 * highlights over the right words, the sentence once, and both claims
 * listed under distinct numbers.
 */
const DOCUMENT_ID = 'prj_demo_city_water';
const SENTENCE = 'Council leader Marion Okafor said the rise was unavoidable.';
const BY_A = 'Council leader Marion Okafor';
const BY_B = 'Marion Okafor said the';

let serve: RunningServe;
let proxy: Proxy;
let tokens: Record<string, string>;

// A server per test: each test shares the demo afresh (the same document id).
test.beforeEach(async () => {
  const dataDir = tempDir('e2e-claims');
  tokens = addUsers(dataDir, { 'Chris Lund': 'checker', 'Priya Nair': 'checker' });
  const port = await freePort();
  serve = await startServe(dataDir, '--port', String(port));
  proxy = await startProxy(port);
});
test.afterEach(async () => {
  await proxy?.close();
  await stopAll();
});

async function mark(app: LaunchedApp, phrase: string) {
  await dragSelect(app.page, phrase);
  await app.page.keyboard.press('Control+Shift+M');
  // The new claim's card opens (the list then shows fewer rows): closed again, so every row is in view.
  const open = claimRows(app.page).and(app.page.locator('[aria-expanded="true"]'));
  await expect(open).toContainText(phrase);
  await open.click();
}

/** The status bar's count: "7 claims: …". */
const claimCount = (app: LaunchedApp, count: number) => app.page.getByText(new RegExp(`^${count} claims:`));

/** The sentence's paragraph as this window shows it: its text, and the text of each highlight in it. */
async function sentenceAsShown(app: LaunchedApp): Promise<{ text: string; marks: string[] }> {
  const paragraph = articleText(app.page).locator('p', { hasText: 'Council leader' });
  await expect(paragraph).toHaveCount(1);
  return {
    text: await paragraph.innerText(),
    marks: await paragraph.locator('mark').allInnerTexts(),
  };
}

/** Chris shares the demo, Priya opens it through the proxy; cut, A marks words 1–4 and B words 3–6, healed. */
async function markOverlappingWhileCut(launch: Parameters<typeof launchBound>[0]): Promise<LaunchedApp[]> {
  const { app: chris } = await shareDemo(launch, serve.url, tokens['Chris Lund']);
  const priya = await launchBound(launch);
  await openShared(priya, { server: proxy.url, link: DOCUMENT_ID, token: tokens['Priya Nair'] });
  await expect(claimCount(priya, 5)).toBeVisible();

  proxy.cut();
  await expect(collabStatus(priya.page)).toHaveText('Offline — changes kept here', { timeout: 10_000 });
  await mark(chris, BY_A);
  await mark(priya, BY_B);
  await expect(claimCount(chris, 6)).toBeVisible();
  await expect(claimCount(priya, 6)).toBeVisible();
  proxy.heal();
  await expect(collabStatus(priya.page)).toHaveText('Connected', { timeout: 15_000 });
  for (const app of [chris, priya]) await expect(claimCount(app, 7)).toBeVisible({ timeout: 10_000 });
  return [chris, priya];
}

/** Each claim row's text: "Claim 6: Unrated. 6Council leader Marion Okafor". */
const rowTexts = (app: LaunchedApp) =>
  claimRows(app.page).evaluateAll((rows) => rows.map((row) => row.textContent ?? ''));

test('both mark overlapping claims while cut off: both highlights over the right words, the text once, both claims listed', async ({
  launch,
}) => {
  test.setTimeout(90_000);
  for (const app of await markOverlappingWhileCut(launch)) {
    await expect(claimRows(app.page)).toHaveCount(7);
    const rows = await rowTexts(app);
    expect(
      rows.filter((row) => row.includes(BY_A)),
      rows.join(' | '),
    ).toHaveLength(1);
    expect(
      rows.filter((row) => row.includes(BY_B)),
      rows.join(' | '),
    ).toHaveLength(1);

    const shown = await sentenceAsShown(app);
    expect(shown.text).toContain(SENTENCE);
    expect(shown.text.split('Marion Okafor').length - 1).toBe(1);
    // The shared words sit under both claims (an overlap); each claim's own words under its highlight.
    await expect(articleText(app.page).locator('mark[data-overlap="true"]')).toHaveText('Marion Okafor');
    expect(shown.marks.join('|')).toContain('Council leader');
    expect(shown.marks.join('|')).toContain('said the');
  }
});

// Each window gives its new claim the next number of its own copy; when the copies meet, the later claim (by when
// it was made) takes the next free number, the same in both windows (renderer/editor/stray-sweep.ts).
test('both mark overlapping claims while cut off: the two claims get distinct numbers', async ({ launch }) => {
  test.setTimeout(90_000);
  for (const app of await markOverlappingWhileCut(launch)) {
    const distinctNumbers = async () =>
      new Set((await rowTexts(app)).map((row) => /^Claim (\d+):/.exec(row)?.[1])).size;
    await expect.poll(distinctNumbers, { timeout: 10_000 }).toBe(7);
  }
});
