import { app } from 'electron';
import { LINK_SCHEME, parseShareLink } from '../../shared/collab/share-link';

/**
 * factdesk:// links (a shared project someone sent): the app registers
 * itself as their handler; the OS hands a link over as a command-line
 * argument (Windows, Linux: a second launch) or an open-url event (macOS).
 */
export function registerShareLinks(onLink: (link: string) => void): void {
  if (process.defaultApp && process.argv.length >= 2)
    app.setAsDefaultProtocolClient(LINK_SCHEME, process.execPath, [process.argv[1]]);
  else app.setAsDefaultProtocolClient(LINK_SCHEME);
  app.on('open-url', (event, url) => {
    if (!parseShareLink(url)) return;
    event.preventDefault();
    onLink(url);
  });
}

/** The share link among a launch's arguments, if any (only well-formed links are passed on). */
export function shareLinkFromArgv(argv: readonly string[]): string | null {
  return argv.find((arg) => parseShareLink(arg) !== null) ?? null;
}
