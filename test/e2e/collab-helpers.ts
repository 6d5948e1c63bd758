import type { Page } from 'playwright-core';
import { articleText } from './editor-helpers';
import { expect } from './fixtures';
import type { LaunchedApp, LaunchOptions } from './harness';

/** Two or more app windows on one collaboration server (test/e2e/collab-*.spec.ts). */

export const DEMO_FIRST_PARAGRAPH = 'Households in Port Calder will pay more for water';

export const collabStatus = (page: Page) => page.getByRole('status', { name: /^Shared project:/ });

/** A window with the editor bound to the project's document, reconnecting fast after a cut. */
export async function launchBound(
  launch: (options?: LaunchOptions) => Promise<LaunchedApp>,
  options: LaunchOptions = {},
): Promise<LaunchedApp> {
  const app = await launch({ ...options, documentBinding: true });
  // The page's origin is a public one (https://factdesk.app): Chromium asks before it reaches a loopback server.
  await app.page.context().grantPermissions(['local-network-access']);
  await app.page.evaluate(() => localStorage.setItem('factdesk.collabRetryMs', '200'));
  return app;
}

/** File → Share Project… with this address and token; resolves once the status bar says Connected. Returns the link. */
export async function shareOpenProject(app: LaunchedApp, server: string, token: string): Promise<string> {
  await app.emit('menuCommand', 'file.share');
  const dialog = app.page.getByRole('dialog', { name: 'Share project' });
  await dialog.getByLabel('Server address').fill(server);
  await dialog.getByLabel('Access token').fill(token);
  await dialog.getByRole('button', { name: 'Share' }).click();
  await expect(dialog).toBeHidden({ timeout: 15_000 });
  await expect(collabStatus(app.page)).toHaveText('Connected', { timeout: 10_000 });
  const notice = await app.page.getByRole('status').filter({ hasText: 'factdesk://' }).innerText();
  const link = /factdesk:\/\/\S+/.exec(notice)?.[0];
  if (!link) throw new Error(`no link in the share notice: ${notice}`);
  return link;
}

/** File → Open Shared Project… filled in; does not wait for the outcome. */
export async function fillOpenShared(app: LaunchedApp, fields: { link?: string; server?: string; token: string }) {
  await app.emit('menuCommand', 'file.openShared');
  const dialog = app.page.getByRole('dialog', { name: 'Open shared project' });
  if (fields.link) await dialog.getByLabel('Project link or document name').fill(fields.link);
  if (fields.server) await dialog.getByLabel('Server address').fill(fields.server);
  await dialog.getByLabel('Access token').fill(fields.token);
  await dialog.getByRole('button', { name: 'Open' }).click();
  return dialog;
}

export async function openShared(app: LaunchedApp, fields: { link?: string; server?: string; token: string }) {
  const dialog = await fillOpenShared(app, fields);
  await expect(dialog).toBeHidden({ timeout: 15_000 });
  await expect(collabStatus(app.page)).toHaveText('Connected', { timeout: 10_000 });
}

/** A window that opens the demo project and shares it; returns the window and the link. */
export async function shareDemo(
  launch: (options?: LaunchOptions) => Promise<LaunchedApp>,
  server: string,
  token: string,
): Promise<{ app: LaunchedApp; link: string }> {
  const app = await launchBound(launch);
  await app.page.getByRole('button', { name: /Open demo project/ }).click();
  await expect(articleText(app.page)).toContainText(DEMO_FIRST_PARAGRAPH);
  return { app, link: await shareOpenProject(app, server, token) };
}
