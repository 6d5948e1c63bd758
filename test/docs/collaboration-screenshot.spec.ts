import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startServe, stopAll, tempDir, type RunningServe } from '../collab/helpers/processes';
import { addUsers } from '../collab/helpers/users';
import { sharedBrowser } from '../e2e/browser';
import { launchBound, openShared, shareOpenProject } from '../e2e/collab-helpers';
import { articleText, dragSelect, openClaimRow } from '../e2e/editor-helpers';
import { expect, test } from '../e2e/fixtures';
import { REPO_ROOT } from '../e2e/harness';
import { dismissNotices } from '../e2e/real-copy-helpers';

/**
 * docs/collaboration-two-windows.png: two windows on one shared project, side
 * by side, each showing the other's caret or selection, the Collaborators
 * list and the dot on the claim the other has open. A real `factdesk serve`
 * on 127.0.0.1, stopped by pid. Run with `npm run docs:screenshots` after
 * `npm run build` (never part of the test suite: it rewrites a file in docs/).
 */

const OUT = path.join(REPO_ROOT, 'docs', 'collaboration-two-windows.png');
const CHRIS = 'Chris Lund';
const PRIYA = 'Priya Nair';
const VIEWPORT = { width: 1060, height: 720 };

let serve: RunningServe;
let tokens: Record<string, string>;

test.beforeAll(async () => {
  const dataDir = tempDir('docs-presence');
  tokens = addUsers(dataDir, { [CHRIS]: 'checker', [PRIYA]: 'editor' });
  serve = await startServe(dataDir);
});
test.afterAll(() => stopAll());

test('two windows on one shared project, each with the other’s caret', async ({ launch }) => {
  test.setTimeout(120_000);
  const withViewport = (options?: Parameters<typeof launch>[0]) => launch({ ...options, viewport: VIEWPORT });
  const chris = await launchBound(withViewport);
  await chris.page.getByRole('button', { name: /Open demo project/ }).click();
  await expect(articleText(chris.page)).toContainText('Households');
  const link = await shareOpenProject(chris, serve.url, tokens[CHRIS]);
  const priya = await launchBound(withViewport);
  await openShared(priya, { link, token: tokens[PRIYA] });
  await expect(articleText(priya.page)).toContainText('Households');

  // Chris opens a claim's card, then selects a phrase; Priya's caret sits at the end of the next paragraph.
  // Dismissed first: a click anywhere later would take the focus from the editor, and the caret with it.
  for (const { page } of [chris, priya]) await dismissNotices(page);
  await openClaimRow(chris.page, 1);
  for (const { page } of [chris, priya]) await page.locator('.editor-scroll').evaluate((view) => (view.scrollTop = 0));
  await articleText(priya.page).getByText('said the rise was unavoidable').click();
  await priya.page.keyboard.press('End');
  await dragSelect(chris.page, 'will pay more for water');
  await expect(priya.page.locator('.presence-cursors')).toHaveText(CHRIS);
  await expect(chris.page.locator('.presence-cursors')).toHaveText(PRIYA);
  await expect(priya.page.getByRole('img', { name: `Open by ${CHRIS}` })).toBeVisible();

  const shots: string[] = [];
  for (const { page } of [chris, priya]) {
    await page.waitForTimeout(800);
    shots.push((await page.screenshot()).toString('base64'));
  }
  await sideBySide(shots, [`${CHRIS} (checker)`, `${PRIYA} (editor)`]);
  expect(readFileSync(OUT).length).toBeGreaterThan(50_000);
});

/** The two window pictures next to each other, each under the name of the person using it. */
async function sideBySide(shots: string[], captions: string[]): Promise<void> {
  const browser = await sharedBrowser();
  const context = await browser.newContext({
    viewport: { width: 2 * VIEWPORT.width + 72, height: VIEWPORT.height + 80 },
  });
  try {
    const page = await context.newPage();
    const figure = (shot: string, caption: string) =>
      `<figure><figcaption>${caption}</figcaption><img src="data:image/png;base64,${shot}" alt=""></figure>`;
    await page.setContent(
      `<!doctype html><html><head><style>
        body { margin: 0; background: #d9dde3; font: 600 15px system-ui, sans-serif; color: #2b2f36; }
        main { display: flex; gap: 24px; padding: 16px 24px 24px; width: max-content; }
        figure { margin: 0; }
        figcaption { margin: 0 0 8px 2px; }
        img { display: block; width: ${VIEWPORT.width}px; height: ${VIEWPORT.height}px;
              border-radius: 6px; box-shadow: 0 2px 10px rgb(0 0 0 / 25%); }
      </style></head><body><main>${shots.map((shot, i) => figure(shot, captions[i])).join('')}</main></body></html>`,
    );
    await page.locator('main').screenshot({ path: OUT });
  } finally {
    await context.close();
  }
}
