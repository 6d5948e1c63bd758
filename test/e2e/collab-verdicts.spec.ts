import { addUsers } from '../collab/helpers/users';
import { freePort, startServe, stopAll, tempDir, type RunningServe } from '../collab/helpers/processes';
import { startProxy, type Proxy } from '../collab/helpers/tcp-proxy';
import { claimsPanel, openClaimRow } from './editor-helpers';
import { collabStatus, launchBound, openShared, shareDemo } from './collab-helpers';
import { expect, test } from './fixtures';
import type { LaunchedApp } from './harness';

/**
 * Two windows set a verdict on one claim while they cannot hear each other
 * (a loopback TCP proxy this file cuts and heals): both verdicts are kept,
 * and each window shows the conflict with who set which.
 */
const DOCUMENT_ID = 'prj_demo_city_water';

let serve: RunningServe;
let proxy: Proxy;
let tokens: Record<string, string>;

test.beforeAll(async () => {
  const dataDir = tempDir('e2e-verdicts');
  tokens = addUsers(dataDir, { 'Chris Lund': 'checker', 'Priya Nair': 'editor' });
  const port = await freePort();
  serve = await startServe(dataDir, '--port', String(port));
  proxy = await startProxy(port);
});
test.afterAll(async () => {
  await proxy?.close();
  await stopAll();
});

async function rate(app: LaunchedApp, verdict: string) {
  await openClaimRow(app.page, 0);
  await claimsPanel(app.page)
    .getByRole('region', { name: 'Claim 1' })
    .getByRole('combobox', { name: 'Verdict', exact: true })
    .selectOption(verdict);
}

test('both set a verdict on one claim: both kept, and the conflict shown in both windows', async ({ launch }) => {
  test.setTimeout(90_000);
  const { app: chris } = await shareDemo(launch, serve.url, tokens['Chris Lund']);
  const priya = await launchBound(launch);
  await openShared(priya, { server: proxy.url, link: DOCUMENT_ID, token: tokens['Priya Nair'] });

  proxy.cut();
  await expect(collabStatus(priya.page)).toHaveText('Offline — changes kept here', { timeout: 10_000 });
  await rate(chris, 'mixed');
  await rate(priya, 'misleading');
  proxy.heal();
  await expect(collabStatus(priya.page)).toHaveText('Connected', { timeout: 15_000 });

  for (const app of [chris, priya]) {
    const both = claimsPanel(app.page).getByRole('group', { name: 'Two verdicts' });
    await expect(both).toContainText('Mixed', { timeout: 10_000 });
    await expect(both).toContainText('Misleading');
  }
});
