import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_EXTRACTION_LIMITS } from '../../../../../main/formats/extraction/limits';
import { htmlToText, READABILITY_MAX_ELEMENTS } from '../../../../../main/formats/web-page-text';

/** When Readability finds no article (or fails on a page), the page's <article>, else its <main>, is kept. */

const parse = vi.hoisted(() => vi.fn<() => unknown>());
vi.mock('@mozilla/readability', () => ({
  Readability: class {
    parse = parse;
  },
}));

const PAGE = `<html><head><title>Ledger</title></head><body><div class="cookies">We use cookies</div>
<main><h1>Bills rise</h1><p>Water bills will rise by 14 per cent.</p></main><div class="rail">Most read</div></body></html>`;

describe('web page text when Readability finds nothing', () => {
  it('keeps the <main> when Readability returns no article', () => {
    parse.mockReturnValueOnce(null);
    expect(htmlToText(PAGE)).toEqual({ title: 'Ledger', text: 'Bills rise\nWater bills will rise by 14 per cent.' });
  });

  it('keeps the <main> when Readability throws on the page', () => {
    parse.mockImplementationOnce(() => {
      throw new Error('unexpected DOM');
    });
    expect(htmlToText(PAGE).text).toBe('Bills rise\nWater bills will rise by 14 per cent.');
  });

  it('uses what Readability found when it finds an article', () => {
    parse.mockReturnValueOnce({ title: 'Ledger', content: '<div><p>Water bills will rise by 14 per cent.</p></div>' });
    expect(htmlToText(PAGE).text).toBe('Water bills will rise by 14 per cent.');
  });
});

describe('pages too deep or too large for Readability (it would take seconds to minutes on them)', () => {
  const BILLS = 'Bills rise\nWater bills will rise by 14 per cent.';
  const withSpans = (count: number) => PAGE.replace('</main>', `${'<span></span>'.repeat(count)}</main>`);

  it('are read by the fallback alone: a page the bounded parser flattened, or one of more elements than the budget', () => {
    parse.mockReturnValue({ title: 'Ledger', content: '<p>What Readability found.</p>' });
    const depth = DEFAULT_EXTRACTION_LIMITS.maxHtmlDepth + 5;
    expect(
      htmlToText(
        PAGE.replace('<h1>', `${'<div>'.repeat(depth)}<h1>`).replace('</main>', `${'</div>'.repeat(depth)}</main>`),
      ).text,
    ).toBe(BILLS);
    expect(htmlToText(withSpans(READABILITY_MAX_ELEMENTS)).text).toBe(BILLS);
    expect(htmlToText(withSpans(READABILITY_MAX_ELEMENTS - 20)).text).toBe('What Readability found.');
    parse.mockReset();
  });
});
