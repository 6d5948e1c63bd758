import { readFileSync } from 'node:fs';
import path from 'node:path';
import { addUsers } from '../collab/helpers/users';
import { freePort, startServe, stopAll, tempDir, type RunningServe } from '../collab/helpers/processes';
import { startProxy, type Proxy } from '../collab/helpers/tcp-proxy';
import { articleText } from './editor-helpers';
import { collabStatus, DEMO_FIRST_PARAGRAPH, launchBound, openShared, shareDemo } from './collab-helpers';
import { expect, test } from './fixtures';
import type { Page } from 'playwright-core';

/**
 * A shared project through a cut network and a server restart: a real
 * `factdesk serve` on 127.0.0.1 and a loopback TCP proxy this file starts,
 * cuts and heals; both stopped by process id / closed at the end.
 */
const FIRST_PARAGRAPH = DEMO_FIRST_PARAGRAPH;
const DOCUMENT_ID = 'prj_demo_city_water';

let dataDir: string;
let port: number;
let serve: RunningServe;
let proxy: Proxy;
let tokens: Record<string, string>;

test.beforeAll(async () => {
  dataDir = tempDir('e2e-offline');
  tokens = addUsers(dataDir, { 'Ana Ortiz': 'checker', 'Ben Okafor': 'checker', 'Carla Diaz': 'editor' });
  port = await freePort();
  serve = await startServe(dataDir, '--port', String(port));
  proxy = await startProxy(port);
});
test.afterAll(async () => {
  await proxy?.close();
  await stopAll();
});

async function typeAtStart(page: Page, paragraph: string, typed: string): Promise<void> {
  await articleText(page).getByText(paragraph).click();
  await page.keyboard.press('Home');
  await page.keyboard.type(typed);
}

test('edits on both sides of a cut merge when it heals; a restarted server keeps them for a late joiner; a local copy works offline and merges back', async ({
  launch,
  tempDir,
}) => {
  test.setTimeout(120_000);
  const { app: ana } = await shareDemo(launch, serve.url, tokens['Ana Ortiz']);
  // Ben reaches the server through the proxy.
  const ben = await launchBound(launch);
  await openShared(ben, { server: proxy.url, link: DOCUMENT_ID, token: tokens['Ben Okafor'] });
  await expect(articleText(ben.page)).toContainText(FIRST_PARAGRAPH);

  proxy.cut();
  await expect(collabStatus(ben.page)).toHaveText('Offline — changes kept here', { timeout: 10_000 });
  await typeAtStart(ana.page, FIRST_PARAGRAPH, 'Ana online. ');
  await typeAtStart(ben.page, FIRST_PARAGRAPH, 'Ben offline. ');
  await ben.page.waitForTimeout(500);
  await expect(articleText(ana.page)).not.toContainText('Ben offline.');
  await expect(articleText(ben.page)).not.toContainText('Ana online.');

  proxy.heal();
  await expect(collabStatus(ben.page)).toHaveText('Connected', { timeout: 15_000 });
  for (const app of [ana, ben])
    for (const typed of ['Ana online. ', 'Ben offline. '])
      await expect(articleText(app.page)).toContainText(typed, { timeout: 10_000 });
  await expect
    .poll(async () => (await articleText(ana.page).innerText()) === (await articleText(ben.page).innerText()), {
      timeout: 10_000,
    })
    .toBe(true);
  const merged = await articleText(ana.page).innerText();
  await expect(collabStatus(ana.page)).toHaveText('Connected');

  // The server stops (storing every open document); nobody who holds the edits is left to resend them.
  expect(await serve.stop('SIGTERM')).toBe(0);
  await expect(collabStatus(ana.page)).toHaveText('Offline — changes kept here', { timeout: 10_000 });
  await ana.close();
  await ben.close();
  serve = await startServe(dataDir, '--port', String(port));

  // Carla joins late, through the proxy, and keeps a local copy.
  const carlasCopy = path.join(tempDir, 'carla.factdesk');
  const carla = await launchBound(launch, {
    dialogs: { savePath: () => carlasCopy, openProject: () => carlasCopy },
  });
  await openShared(carla, { server: proxy.url, link: DOCUMENT_ID, token: tokens['Carla Diaz'] });
  await expect(articleText(carla.page)).toContainText('Ben offline. ');
  expect(await articleText(carla.page).innerText()).toBe(merged);
  await carla.page.keyboard.press('Control+s');
  await expect(carla.page.getByRole('banner')).toContainText('All changes saved', { timeout: 10_000 });

  // On the train: no network. Her file opens, stays shared (offline), and keeps her edit.
  proxy.cut();
  await carla.emit('menuCommand', 'file.close');
  await expect(carla.page.getByRole('button', { name: /Open demo project/ })).toBeVisible();
  await carla.emit('menuCommand', 'file.open');
  await expect(collabStatus(carla.page)).toHaveText('Offline — changes kept here', { timeout: 10_000 });
  await typeAtStart(carla.page, 'Ana online. ', 'Carla on the train. ');
  await carla.page.keyboard.press('Control+s');
  await expect(carla.page.getByRole('banner')).toContainText('All changes saved', { timeout: 10_000 });
  expect(readFileSync(carlasCopy, 'utf8')).toContain('Carla on the train. ');

  // Back online: her edit reaches the server, and anyone who opens the project gets it.
  proxy.heal();
  await expect(collabStatus(carla.page)).toHaveText('Connected', { timeout: 15_000 });
  const dan = await launchBound(launch);
  await openShared(dan, { server: serve.url, link: DOCUMENT_ID, token: tokens['Ana Ortiz'] });
  await expect(articleText(dan.page)).toContainText('Carla on the train. ');
});
