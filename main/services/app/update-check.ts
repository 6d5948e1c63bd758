import { load } from 'js-yaml';
import semver from 'semver';

/**
 * Help → Check for Updates…, without Electron: read the update feed that
 * electron-builder publishes (latest*.yml beside the installers) and decide
 * what to tell the user. Off — never online — until the build names a feed
 * (electron-builder.yml `publish`, from FACTDESK_UPDATE_URL, lands in
 * app-update.yml). Downloading and installing is electron-updater's job
 * (main/updates.ts).
 */

export type UpdateCheck =
  | { kind: 'no-feed' }
  | { kind: 'up-to-date'; current: string }
  | { kind: 'available'; current: string; latest: string }
  | { kind: 'failed'; message: string };

/** The feed address in app-update.yml, or null when there is none (no file, "none", not http(s)). */
export function feedUrlOf(appUpdateYml: string | null): string | null {
  if (appUpdateYml === null) return null;
  try {
    const url = (load(appUpdateYml) as { url?: unknown } | null)?.url;
    return typeof url === 'string' && /^https?:\/\/[^/]/i.test(url) ? url : null;
  } catch {
    return null;
  }
}

/** The update file electron-builder writes for this platform on the "latest" channel. */
export function updateInfoFile(platform: NodeJS.Platform, arch: string): string {
  if (platform === 'win32') return 'latest.yml';
  if (platform === 'darwin') return 'latest-mac.yml';
  return arch === 'x64' ? 'latest-linux.yml' : `latest-linux-${arch}.yml`;
}

export interface UpdateCheckOptions {
  feedUrl: string | null;
  currentVersion: string;
  platform: NodeJS.Platform;
  arch: string;
  timeoutMs?: number;
}

function describeFailure(error: unknown, host: string, timeoutMs: number): string {
  if (error instanceof Error && error.name === 'TimeoutError')
    return `The update feed at ${host} did not answer within ${timeoutMs / 1000} seconds.`;
  return `Could not reach the update feed at ${host}. Check the network connection and try again.`;
}

export async function checkForUpdate({
  feedUrl,
  currentVersion,
  platform,
  arch,
  timeoutMs = 15_000,
}: UpdateCheckOptions): Promise<UpdateCheck> {
  if (feedUrl === null) return { kind: 'no-feed' };
  const url = new URL(updateInfoFile(platform, arch), feedUrl.endsWith('/') ? feedUrl : `${feedUrl}/`);
  let body: string;
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    if (!response.ok)
      return {
        kind: 'failed',
        message: `The update feed answered “${response.status} ${response.statusText}” for ${url.href}.`,
      };
    body = await response.text();
  } catch (error) {
    return { kind: 'failed', message: describeFailure(error, url.host, timeoutMs) };
  }
  let latest: unknown;
  try {
    latest = (load(body) as { version?: unknown } | null)?.version;
  } catch {
    latest = undefined;
  }
  if (typeof latest !== 'string' || !semver.valid(latest))
    return { kind: 'failed', message: `The update feed’s ${url.pathname.split('/').pop()} names no valid version.` };
  // Like electron-updater: a pre-release is offered only to someone already running one.
  const wanted =
    semver.gt(latest, currentVersion) &&
    (semver.prerelease(latest) === null || semver.prerelease(currentVersion) !== null);
  return wanted
    ? { kind: 'available', current: currentVersion, latest }
    : { kind: 'up-to-date', current: currentVersion };
}

/** The dialog for a check: its message, detail, and whether to offer the download. */
export function updateDialog(check: UpdateCheck): { message: string; detail: string; offerDownload: boolean } {
  switch (check.kind) {
    case 'no-feed':
      return {
        message: 'This copy of Factdesk has no update feed.',
        detail:
          'Whoever built it did not say where new versions are published, so Factdesk cannot look for them. Ask them for the latest version.',
        offerDownload: false,
      };
    case 'up-to-date':
      return {
        message: 'Factdesk is up to date.',
        detail: `You have the latest version, ${check.current}.`,
        offerDownload: false,
      };
    case 'available':
      return {
        message: `Factdesk ${check.latest} is available.`,
        detail: `You have ${check.current}. Download it now? Factdesk installs it when it next restarts, after asking about unsaved work.`,
        offerDownload: true,
      };
    case 'failed':
      return { message: 'Could not check for updates.', detail: check.message, offerDownload: false };
  }
}
