import { describe, expect, it } from 'vitest';
import { blockRoles } from '../../../../../shared/article/structure/article-layout';
import { recogniseArticle } from '../../../../../shared/article/structure/recognise';

/**
 * A "Posted by X on <date>" byline and a navigation path pasted below the headline (issue 21 item 4): the writer
 * without the date, the path out of the story. Each test failed before this change.
 */

const body = [
  'The rally was cancelled on Sunday after a car crashed into a group of spectators, injuring three people.',
  'The organisers said a 58-year-old man had been flown to hospital with leg injuries.',
];

describe('a byline with when it was posted', () => {
  it.each([
    ['Posted by Marta Ferro on 30 November 2026 at 17:52 · 6 min read', 'Marta Ferro'],
    ['By Marta Ferro on Monday', 'Marta Ferro'],
    ['By Marta Ferro at 14:05', 'Marta Ferro'],
  ])('reads “%s” as the writer alone', (line, byline) => {
    const { fields } = recogniseArticle(['Rally cancelled after crash', line, ...body]);
    expect(fields.byline).toBe(byline);
  });
});

describe('a navigation path among the paragraphs', () => {
  it('keeps "Home > Rally > News" under the byline out of the story, not a heading in it', () => {
    const blocks = ['Rally cancelled after crash', 'By Marta Ferro', 'Home > Rally > News', ...body];
    expect(blockRoles(blocks)[2]).toBe('link');
  });

  it('keeps a sentence with an arrow in it in the story', () => {
    const blocks = [
      'Rally cancelled after crash',
      'By Marta Ferro',
      'Turnout rose > 60% in the north and south.',
      ...body,
    ];
    expect(blockRoles(blocks)[2]).toBe('text');
  });
});
