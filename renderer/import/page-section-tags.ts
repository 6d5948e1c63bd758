/**
 * A web page's sections and figures: kept as plain blocks (no attributes), so a caption, a date or an aside keeps
 * its own line and never runs into the paragraph next to it. Lexical reads each as a block.
 */
export const PAGE_SECTION_TAGS = [
  'article',
  'section',
  'header',
  'footer',
  'main',
  'aside',
  'nav',
  'figure',
  'figcaption',
  'address',
] as const;
