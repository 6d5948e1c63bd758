/**
 * JSON-LD text. "<" is written as \u003c (the same JSON value), so a quote
 * containing "</script>" cannot end the <script type="application/ld+json">
 * a publishing system embeds this in.
 */
export function jsonLdText(document: unknown): string {
  return `${JSON.stringify(document, null, 2).replace(/</g, '\\u003c')}\n`;
}
