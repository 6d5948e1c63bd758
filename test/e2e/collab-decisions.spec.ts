import type { Identity } from '../../shared/settings/identity';
import { addUsers } from '../collab/helpers/users';
import { startServe, stopAll, tempDir, type RunningServe } from '../collab/helpers/processes';
import { articleText, claimRows, claimsPanel, openClaimRow } from './editor-helpers';
import { openShared, shareOpenProject } from './collab-helpers';
import { expect, test } from './fixtures';
import type { LaunchedApp, LaunchOptions } from './harness';

/**
 * Review decisions in a shared project go to the server, which goes by the
 * token, not by the role typed in Preferences: a checker who calls himself an
 * editor is refused with the server's reason and nothing changes; the
 * editor's approval reaches every window.
 */
const CHRIS = 'Chris Lund';
const PRIYA = 'Priya Nair';

let serve: RunningServe;
let tokens: Record<string, string>;

test.beforeAll(async () => {
  const dataDir = tempDir('e2e-decisions');
  tokens = addUsers(dataDir, { [CHRIS]: 'checker', [PRIYA]: 'editor' });
  serve = await startServe(dataDir);
});
test.afterAll(() => stopAll());

async function launchAs(launch: (options?: LaunchOptions) => Promise<LaunchedApp>, identity: Identity) {
  const app = await launch({ documentBinding: true, identity });
  await app.page.context().grantPermissions(['local-network-access']);
  await app.page.evaluate(() => localStorage.setItem('factdesk.collabRetryMs', '200'));
  return app;
}

const approveFirstInQueue = async (app: LaunchedApp) => {
  await app.page.getByRole('button', { name: 'Review mode' }).click();
  await app.page.getByRole('region', { name: 'Review queue' }).getByRole('button', { name: 'Approve' }).first().click();
  await app.page.getByRole('button', { name: 'Review mode' }).click();
};

/** Chris (a checker whose Preferences say "editor") shares the demo, Priya (an editor) opens it, and Chris sends claim 1 to review. */
async function claimAwaitingReview(launch: (options?: LaunchOptions) => Promise<LaunchedApp>) {
  const chris = await launchAs(launch, { name: CHRIS, role: 'editor' });
  await chris.page.getByRole('button', { name: /Open demo project/ }).click();
  await expect(articleText(chris.page)).toContainText('Households in Port Calder');
  const link = await shareOpenProject(chris, serve.url, tokens[CHRIS]);
  const priya = await launchAs(launch, { name: PRIYA, role: 'editor' });
  await openShared(priya, { link, token: tokens[PRIYA] });

  await claimRows(chris.page).first().click();
  const reason = claimsPanel(chris.page).getByRole('textbox', { name: 'No evidence needed because' });
  await reason.fill('The article’s own figures: £412 to £470 is 14%');
  await reason.press('Enter');
  await claimsPanel(chris.page).getByRole('button', { name: 'Send to review' }).click();
  const chrisCard = claimsPanel(chris.page).getByRole('region', { name: 'Claim 1' });
  await expect(chrisCard).toContainText('Needs review');
  return { chris, priya, chrisCard };
}

test('a checker’s approve is refused by the server with its reason, and nothing changes', async ({ launch }) => {
  test.setTimeout(90_000);
  const { chris, chrisCard } = await claimAwaitingReview(launch);
  await approveFirstInQueue(chris);
  await expect(chris.page.getByRole('alert')).toContainText(
    'Refused: only an editor can approve; Chris Lund is a checker.',
  );
  await openClaimRow(chris.page, 0);
  await expect(chrisCard).toContainText('Needs review');
});

test('the editor’s approval, recorded by the server, shows in both windows', async ({ launch }) => {
  // The server writes the decision into the claim's record in the document's claims map, which the window reads.
  test.setTimeout(90_000);
  const { priya, chrisCard } = await claimAwaitingReview(launch);
  await approveFirstInQueue(priya);
  await openClaimRow(priya.page, 0);
  await expect(claimsPanel(priya.page).getByRole('region', { name: 'Claim 1' })).toContainText('Approved');
  await expect(chrisCard).toContainText('Approved', { timeout: 10_000 });
});
