/** The WHATWG URL parser exists in browsers and Node alike; shared/ sees neither's types. */
interface ParsedUrl {
  protocol: string;
  hostname: string;
  toString(): string;
}
const WebUrl = (globalThis as unknown as { URL: new (input: string) => ParsedUrl }).URL;

/** The only URLs the app hands to the system browser or keeps as links: parsed http(s) and mailto. */
export function safeExternalUrl(raw: string): string | null {
  let url: ParsedUrl;
  try {
    url = new WebUrl(raw);
  } catch {
    return null;
  }
  if (url.protocol === 'mailto:') return url.toString();
  if ((url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '') return url.toString();
  return null;
}
