/** The WHATWG URL parser exists in browsers and Node alike; shared/ sees neither's types. */
interface ParsedUrl {
  protocol: string;
  hostname: string;
  pathname: string;
  search: string;
  toString(): string;
}
const WebUrl = (globalThis as unknown as { URL: new (input: string) => ParsedUrl }).URL;

/**
 * The fields of a mailto link a mail program may fill in (RFC 6068's common
 * ones). Others go: `attach=` / `attachment=` make some mail programs attach
 * a local file to the message the user is about to send.
 */
const MAIL_FIELDS = new Set(['to', 'cc', 'bcc', 'subject', 'body']);

function fieldName(pair: string): string {
  const name = pair.split('=')[0];
  try {
    return decodeURIComponent(name).toLowerCase();
  } catch {
    return name.toLowerCase();
  }
}

function safeMailto(url: ParsedUrl): string {
  const kept = url.search
    .slice(1)
    .split('&')
    .filter((pair) => MAIL_FIELDS.has(fieldName(pair)));
  return `mailto:${url.pathname}${kept.length > 0 ? `?${kept.join('&')}` : ''}`;
}

/** The only URLs the app hands to the system browser or keeps as links: parsed http(s) and mailto (with its mail fields only). */
export function safeExternalUrl(raw: string): string | null {
  let url: ParsedUrl;
  try {
    url = new WebUrl(raw);
  } catch {
    return null;
  }
  if (url.protocol === 'mailto:') return safeMailto(url);
  if ((url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '') return url.toString();
  return null;
}
