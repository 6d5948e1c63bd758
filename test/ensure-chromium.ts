/**
 * Before the tests: make sure there is a Chromium to drive. Debian's (or
 * another installed Chrome/Chromium, or FACTDESK_CHROMIUM) is used where
 * present; else Playwright's own browser; else the test command says so and
 * installs Playwright's Chromium itself.
 */

export interface ChromiumChecks {
  /** An installed Chromium or Chrome (main/services/export/find-chromium.ts), if any. */
  installedChromium(): string | undefined;
  /** Whether Playwright's own Chromium is there and starts. */
  playwrightChromiumStarts(): Promise<boolean>;
  /** Run `npx playwright install chromium`; true when it succeeded. */
  installPlaywrightChromium(): boolean;
  log(line: string): void;
}

export const INSTALL_COMMAND = 'npx playwright install chromium';

export async function ensureChromium(checks: ChromiumChecks): Promise<boolean> {
  const installed = checks.installedChromium();
  if (installed) {
    checks.log(`Tests use the Chromium at ${installed}.`);
    return true;
  }
  if (await checks.playwrightChromiumStarts()) {
    checks.log('Tests use the Chromium that Playwright installed.');
    return true;
  }
  checks.log(
    `No Chromium found: neither an installed Chromium or Chrome (e.g. Debian's /usr/bin/chromium, or FACTDESK_CHROMIUM) nor Playwright's own. Installing Playwright's Chromium (${INSTALL_COMMAND})…`,
  );
  if (checks.installPlaywrightChromium() && (await checks.playwrightChromiumStarts())) {
    checks.log('Playwright’s Chromium is installed; tests will use it.');
    return true;
  }
  checks.log(
    `Could not get a Chromium that starts. Install one and run the tests again: Debian/Ubuntu \`apt-get install chromium\`; or \`${INSTALL_COMMAND}\` (on Linux also \`npx playwright install-deps chromium\`, as root, for its system libraries); or set FACTDESK_CHROMIUM to a Chrome or Chromium.`,
  );
  return false;
}
