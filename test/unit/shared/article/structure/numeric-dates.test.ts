import { describe, expect, it } from 'vitest';
import { dateInText } from '../../../../../shared/article/structure/dates';
import { recogniseArticle } from '../../../../../shared/article/structure/recognise';

/**
 * Dates written in figures (issue 21 item 4): day first where the clock runs to 24 hours or the day is over 12,
 * month first beside an AM/PM clock (the American habit) or where the second number is over 12. Each test failed
 * before this change.
 */

describe('dates in figures', () => {
  it.each([
    ['Published on 02/03/2026 - 08:31', '2026-03-02'],
    ['Modified: 14/03/2026 - 12:05', '2026-03-14'],
    ['03/02/2026 07:31 PM EST', '2026-03-02'],
    ['Updated: 3/14/2026 9:02 a.m.', '2026-03-14'],
    ['2.3.2026, 08:31', '2026-03-02'],
  ])('reads “%s” as %s', (line, date) => {
    expect(dateInText(line)).toBe(date);
  });

  it('leaves a figure that is no date alone', () => {
    expect(dateInText('The vote was 12/40 in favour')).toBe('');
  });

  it('gives an article stamped in figures its date', () => {
    const article = recogniseArticle([
      'Council to close three libraries',
      'Published on 02/03/2026 - 08:31',
      'The council voted on Tuesday to close three of its five libraries by the summer.',
      'It said the savings would pay for the remaining two to open on Sundays.',
    ]);
    expect(article.fields.publishedDate).toBe('2026-03-02');
  });
});
