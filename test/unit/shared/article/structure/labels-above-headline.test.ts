import { describe, expect, it } from 'vitest';
import { recogniseArticle } from '../../../../../shared/article/structure/recognise';

/**
 * What a web page puts above the headline — a breadcrumb, a section label, a tabloid's kicker, the outlet's
 * masthead — is not the headline (issue 21 item 4). Each test failed before this change.
 */

const story = [
  'By Ana Ruiz',
  '2 March 2026',
  'The council voted on Tuesday to close three of its five libraries by the summer.',
  'It said the savings would pay for the remaining two to open on Sundays.',
];

describe('lines above the headline', () => {
  it.each([
    ['a breadcrumb', 'News > UK > Wales'],
    ['a section path', 'LOCAL | EDUCATION'],
    ['a section label', 'Education'],
    ['a section label in capitals', 'TOWN HALL'],
  ])('reads %s as furniture and the next line as the headline', (_, label) => {
    const article = recogniseArticle([
      label,
      'Council to close three libraries to pay for Sunday opening',
      'Campaigners say the plan will leave two towns without a branch',
      ...story,
    ]);
    expect(article.fields.title).toBe('Council to close three libraries to pay for Sunday opening');
    expect(article.roles[0]).not.toBe('text');
    expect(article.roles[2]).toBe('standfirst');
  });

  it("reads a tabloid's kicker in capitals above the headline as furniture, with or without a standfirst", () => {
    const withStandfirst = recogniseArticle([
      'BOOK BATTLE',
      'Mum’s fury as council shuts library where she learnt to read',
      'Gran, 71, says the closure will leave the village with nowhere to go',
      ...story,
    ]);
    expect(withStandfirst.fields.title).toBe('Mum’s fury as council shuts library where she learnt to read');
    const headlineOnly = recogniseArticle([
      'SHELF LIFE',
      'Council shuts libraries — then pays bosses £200k bonuses',
      ...story,
    ]);
    expect(headlineOnly.fields.title).toBe('Council shuts libraries — then pays bosses £200k bonuses');
  });

  it("reads the outlet's masthead above a section path as the outlet, not the headline", () => {
    const article = recogniseArticle([
      'Library Trade Gazette',
      'NEWS | LIBRARIES | JOBS',
      'Council to close three libraries to pay for Sunday opening',
      'Campaigners say the plan will leave two towns without a branch',
      ...story,
    ]);
    expect(article.fields.title).toBe('Council to close three libraries to pay for Sunday opening');
    expect(article.fields.outlet).toBe('Library Trade Gazette');
  });

  it('keeps a short headline in capitals, and a short headline over its standfirst, as the headline', () => {
    expect(recogniseArticle(['LIBRARY CUTS', ...story]).fields.title).toBe('LIBRARY CUTS');
    const short = recogniseArticle([
      'Libraries to close',
      'The council voted on Tuesday to close three of its five libraries by the summer.',
      ...story,
    ]);
    expect(short.fields.title).toBe('Libraries to close');
  });

  it('keeps a short headline in title case, or one starting with initials, over its standfirst as the headline', () => {
    const read = (headline: string) =>
      recogniseArticle([headline, 'Council leader quits after a row over his expenses claims', ...story]).fields;
    expect(read('Mayor Resigns').title).toBe('Mayor Resigns');
    expect(read('NHS Waiting Lists Hit Record')).toMatchObject({ title: 'NHS Waiting Lists Hit Record', outlet: '' });
  });
});
