import type { Anchor } from '../project/schema';

/** How many characters of context a text-quote selector keeps on each side. */
export const QUOTE_CONTEXT = 32;

/** Text-position and text-quote selectors for [start, end) of `text`. */
export function anchorFor(text: string, start: number, end: number): Anchor {
  return {
    position: { start, end },
    quote: {
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - QUOTE_CONTEXT), start),
      suffix: text.slice(end, end + QUOTE_CONTEXT),
    },
  };
}
