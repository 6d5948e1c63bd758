import { describe, expect, it } from 'vitest';
import { ensureChromium, INSTALL_COMMAND, type ChromiumChecks } from '../../ensure-chromium';

/** The first step of `npm test`: a fresh machine gets a Chromium without anything installed by hand. */

function machine({
  installed,
  playwright,
  installWorks,
}: {
  installed?: string;
  playwright: boolean;
  installWorks: boolean;
}) {
  const lines: string[] = [];
  let installs = 0;
  let hasPlaywright = playwright;
  const checks: ChromiumChecks = {
    installedChromium: () => installed,
    playwrightChromiumStarts: async () => hasPlaywright,
    installPlaywrightChromium: () => {
      installs++;
      hasPlaywright = installWorks;
      return installWorks;
    },
    log: (line) => lines.push(line),
  };
  return { checks, lines, installs: () => installs };
}

describe('ensureChromium', () => {
  it('uses an installed Chromium (Debian’s on CI) and installs nothing', async () => {
    const m = machine({ installed: '/usr/bin/chromium', playwright: false, installWorks: false });
    expect(await ensureChromium(m.checks)).toBe(true);
    expect(m.lines).toEqual(['Tests use the Chromium at /usr/bin/chromium.']);
    expect(m.installs()).toBe(0);
  });

  it('uses Playwright’s own Chromium where that is the one there', async () => {
    const m = machine({ playwright: true, installWorks: false });
    expect(await ensureChromium(m.checks)).toBe(true);
    expect(m.installs()).toBe(0);
  });

  it('with neither, says so and installs Playwright’s Chromium itself', async () => {
    const m = machine({ playwright: false, installWorks: true });
    expect(await ensureChromium(m.checks)).toBe(true);
    expect(m.installs()).toBe(1);
    expect(m.lines[0]).toContain('No Chromium found');
    expect(m.lines[0]).toContain(INSTALL_COMMAND);
    expect(m.lines[1]).toBe('Playwright’s Chromium is installed; tests will use it.');
  });

  it('when the install fails (no network), fails and names every way to get one', async () => {
    const m = machine({ playwright: false, installWorks: false });
    expect(await ensureChromium(m.checks)).toBe(false);
    expect(m.installs()).toBe(1);
    expect(m.lines.at(-1)).toMatch(
      /apt-get install chromium.*npx playwright install chromium.*install-deps.*FACTDESK_CHROMIUM/,
    );
  });
});
