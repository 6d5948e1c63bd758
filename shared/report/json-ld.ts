import { safeExternalUrl } from '../util/safe-url';

/**
 * A URL as JSON-LD may carry it: a parsed web or mail address, as the HTML
 * and Markdown reports link them; javascript:, data: and the rest are left out.
 */
export function jsonLdUrl(raw: string): string | null {
  return raw.trim() ? safeExternalUrl(raw) : null;
}

/**
 * JSON-LD text. "<" is written as \u003c (the same JSON value), so a quote
 * containing "</script>" cannot end the <script type="application/ld+json">
 * a publishing system embeds this in.
 */
export function jsonLdText(document: unknown): string {
  return `${JSON.stringify(document, null, 2).replace(/</g, '\\u003c')}\n`;
}
