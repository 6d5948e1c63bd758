import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../../../main/formats/web-page-text';

/**
 * Saved pages of the layouts a checker meets (written by the team, fictional):
 * the article's own lines come through, in order, and none of the page's
 * furniture does — cookie banners, sidebars, menus, share tools, comments.
 */

const PAGES = path.resolve(__dirname, '../../../fixtures/web-pages');
const textOf = (name: string) => htmlToText(readFileSync(path.join(PAGES, name), 'utf8'));

interface Layout {
  page: string;
  title: string;
  /** Lines of the article, in reading order, the headline among them. */
  article: string[];
  /** Text of the page around the article; none of it may come through. */
  furniture: string[];
}

const LAYOUTS: Layout[] = [
  {
    page: 'news-sidebar-cookies.html',
    title: 'Ferry fares frozen until 2028, operator says',
    article: [
      'Ferry fares frozen until 2028, operator says',
      'Season tickets will cost the same for three more years, but single fares rise in April.',
      'Northgate Ferries will keep the price of a season ticket at £640 until the end of 2028, its chief executive said on Thursday, after a year in which passenger numbers rose by 11 per cent.',
      'Single fares will rise from £4.20 to £4.60 in April. The operator said fuel now makes up 38 per cent of its running costs, up from 29 per cent in 2023.',
      'The company carried 2.3 million passengers last year, according to its annual report.',
    ],
    furniture: [
      'cookies',
      'Accept all',
      'Most read',
      'Seal pup',
      'Advertisement',
      'Holiday lets',
      'Share on',
      'Subscribe from',
      'Breaking:',
      'Comments (48)',
      'Registered in England',
      'Get the Courier',
    ],
  },
  {
    page: 'blog-post.html',
    title: 'What the flood map update really changes – Notes from the Estuary',
    article: [
      'What the flood map update really changes',
      'The agency\'s new flood maps went live on Monday, and several readers have asked whether their homes have "moved into" a flood zone. Mostly, they have not.',
      'What did change',
      'The maps do not yet include the raised embankment finished in November, so some streets may look worse on the map than they are.',
    ],
    furniture: [
      'Share this',
      'Like Loading',
      'Related',
      'thoughts on',
      'premium up by 40 per cent',
      'never worked anyway',
      'Leave a Reply',
      'Recent Posts',
      'Archives',
      'Proudly powered',
      'Water, weather and the places',
    ],
  },
  {
    page: 'press-release.html',
    title: 'Reservoir safety inspections completed ahead of schedule',
    article: [
      'Reservoir safety inspections completed ahead of schedule',
      'All 31 large reservoirs in the northern region have been inspected six weeks early, the Department for Water Resilience announced today.',
      'Inspectors found that 27 of the 31 reservoirs needed no further work. Four, including Eastmere, need repairs to spillways or outlet valves, which must begin within 12 months.',
      'These inspections are the first line of defence for communities downstream. Finishing them early gives owners more time to plan the repairs we have asked for.',
      'Notes to editors',
      'Inspection reports are published within 28 days.',
    ],
    furniture: [
      'cookies',
      'Skip to main content',
      'Water supply and sewerage',
      'Share this page',
      'Related content',
      'Reservoir owners: your responsibilities',
      'Is this page useful',
      'Report a problem',
      'Services and information',
      'open licence',
    ],
  },
  {
    page: 'council-news-no-main.html',
    title: 'Ashby District Council - News - Library opening hours to be extended',
    article: [
      'Library opening hours to be extended',
      "Ashby's three public libraries will open on Sunday afternoons from 1 April, the council's cabinet agreed on Tuesday evening.",
      'Cabinet member for culture, Councillor Priya Lal, said visits had risen by 17 per cent since the libraries started lending laptops in 2024.',
      'Media enquiries: press office, 01632 960 418',
    ],
    furniture: [
      'uses cookies',
      'A to Z of services',
      'Bins and recycling',
      'Fly-tipping',
      'Latest news',
      'Gritting routes',
      'Pay your council tax online',
      'Town Hall, Market Place',
    ],
  },
];

describe('web page text: the article, not the page around it', () => {
  it.each(LAYOUTS)('$page', ({ page, title, article, furniture }) => {
    const result = textOf(page);
    expect(result.title).toBe(title);
    const lines = result.text.split('\n');
    const positions = article.map((line) => lines.indexOf(line));
    expect(positions, 'every article line, whole, on a line of its own').not.toContain(-1);
    expect(positions, 'in reading order').toEqual([...positions].sort((a, b) => a - b));
    expect(furniture.filter((words) => result.text.includes(words))).toEqual([]);
  });

  it('reads a bare fragment (no <html> or <body>): the <article> only', () => {
    const result = htmlToText(
      '<nav>Home</nav><article><h1>Bills rise</h1><p>Water bills will rise by 14 per cent.</p></article><aside>Most read</aside>',
    );
    expect(result.text).toBe('Bills rise\nWater bills will rise by 14 per cent.');
  });

  it('keeps every block of a document with no page around it (Markdown) when asked to', () => {
    const html =
      '<h1>Minutes</h1><ul><li>Funding: GBP 1.2 million</li><li>Vote: 7 in favour</li></ul><div class="share">Share this</div>';
    expect(htmlToText(html, { articleOnly: false }).text).toBe(
      'Minutes\nFunding: GBP 1.2 million\nVote: 7 in favour\nShare this',
    );
  });
});
