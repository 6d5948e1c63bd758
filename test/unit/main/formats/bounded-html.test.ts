import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Parser } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { boundedArticleHtml } from '../../../../main/formats/bounded-article-html';
import { parseBoundedHtml } from '../../../../main/formats/bounded-html-parser';
import { DEFAULT_EXTRACTION_LIMITS, ExtractionLimitError } from '../../../../main/formats/extraction/limits';
import { htmlToPlainText } from '../../../../main/formats/html-text';
import { htmlToText } from '../../../../main/formats/web-page-text';
import { nestedDivs } from '../../helpers/hostile-documents';

const FIXTURES = path.resolve(__dirname, '../../../fixtures');
const LIMITS = { maxDepth: 64, maxElements: 1_000_000 };

type Event = [string, ...unknown[]];

function events(
  parse: (callbacks: {
    onopentag(name: string, attributes: Record<string, string>): void;
    ontext(text: string): void;
    onclosetag(name: string): void;
  }) => void,
): { list: Event[]; deepest: number } {
  const list: Event[] = [];
  let depth = 0;
  let deepest = 0;
  parse({
    onopentag: (name, attributes) => {
      // A <br> is a leaf: it nests nothing.
      deepest = Math.max(deepest, (depth += 1) - (name === 'br' ? 1 : 0));
      list.push(['open', name, attributes]);
    },
    ontext: (text) => list.push(['text', text]),
    onclosetag: (name) => {
      depth -= 1;
      list.push(['close', name]);
    },
  });
  return { list, deepest };
}

describe('parseBoundedHtml', () => {
  it('gives exactly what htmlparser2 gives for pages within the depth limit', () => {
    for (const file of ['sources/water-article.html', 'articles/budget-brief.html', 'articles/harbour-fees.html']) {
      const html = readFileSync(path.join(FIXTURES, file), 'utf8');
      const plain = events((callbacks) => {
        const parser = new Parser(callbacks, { decodeEntities: true, lowerCaseTags: true });
        parser.write(html);
        parser.end();
      });
      expect(events((callbacks) => parseBoundedHtml(html, callbacks, LIMITS)).list, file).toEqual(plain.list);
    }
  });

  it('flattens what is nested deeper than the limit: every word kept, in order, each block on its own line', () => {
    const { list, deepest } = events((callbacks) =>
      parseBoundedHtml(nestedDivs(10_000, 'Fees rose. '), callbacks, LIMITS),
    );
    expect(deepest).toBeLessThanOrEqual(64);
    expect(list.filter(([kind]) => kind === 'text')).toHaveLength(10_000 + 1);
    expect(htmlToPlainText(nestedDivs(10_000, 'Fees rose. ')).split('\n')).toEqual(Array(10_000).fill('Fees rose.'));
    expect(htmlToText(nestedDivs(10_000, 'Fees rose. ')).text.split('\n')).toEqual(Array(10_000).fill('Fees rose.'));
  });

  it('never turns a script past the limit into text', () => {
    const html = `${'<div>'.repeat(200)}<script>window.stolen = document.cookie</script><p>Visible.</p>${'</div>'.repeat(200)}`;
    expect(htmlToText(html).text).toBe('Visible.');
    expect(htmlToPlainText(html)).toBe('Visible.');
  });

  it('stops a page with more elements than the limit', () => {
    expect(() => parseBoundedHtml('<b>x</b>'.repeat(101), {}, { maxDepth: 64, maxElements: 100 })).toThrow(
      new ExtractionLimitError('elements', 'it has more than 100 HTML elements'),
    );
  });
});

describe('boundedArticleHtml', () => {
  it('keeps the markup the editor takes, drops scripts, styles, comments and the head, and finds the title', () => {
    const { html, title } = boundedArticleHtml(
      '<html><head><title>Fees &amp; fares</title><style>p{}</style></head><body><h1>Harbour fees</h1><!-- note --><p class="lede">Up <b>9%</b> &lt;says port&gt;</p><script>alert(1)</script><a href="https://example.org/?a=1&amp;b=&quot;2&quot;">link</a><br></body></html>',
      DEFAULT_EXTRACTION_LIMITS,
    );
    expect(title).toBe('Fees & fares');
    expect(html).toBe(
      '<html><body><h1>Harbour fees</h1><p class="lede">Up <b>9%</b> &lt;says port&gt;</p><a href="https://example.org/?a=1&amp;b=&quot;2&quot;">link</a><br></body></html>',
    );
    expect(boundedArticleHtml('<h1>First <i>heading</i></h1><h1>Second</h1>', DEFAULT_EXTRACTION_LIMITS).title).toBe(
      'First heading',
    );
  });

  it('writes a 30,000-deep article out no deeper than the limit, every line kept', () => {
    const { html } = boundedArticleHtml(nestedDivs(30_000, 'Fees rose. '), DEFAULT_EXTRACTION_LIMITS);
    const { deepest } = events((callbacks) =>
      parseBoundedHtml(html, callbacks, { maxDepth: 1_000_000, maxElements: 10_000_000 }),
    );
    expect(deepest).toBeLessThanOrEqual(DEFAULT_EXTRACTION_LIMITS.maxHtmlDepth);
    expect(htmlToPlainText(html, { ...DEFAULT_EXTRACTION_LIMITS, maxHtmlDepth: 1_000_000 }).split('\n')).toHaveLength(
      30_000,
    );
  });

  it('refuses an article with more text than the limit', () => {
    expect(() =>
      boundedArticleHtml(`<p>${'word '.repeat(300)}</p>`, { ...DEFAULT_EXTRACTION_LIMITS, maxTextChars: 1_000 }),
    ).toThrow('it holds more text than Factdesk can take in one document (1,000 characters)');
  });
});
