import { describe, expect, it } from 'vitest';
import { metaKindOf } from '../../../../../shared/article/structure/block-kinds';
import { recogniseArticle, splitMetaLines } from '../../../../../shared/article/structure/recognise';

/**
 * Body text the import must not lose, and furniture around it that must come out line by line (issue 21 item 4).
 * Each test failed before this change.
 */

describe('body text kept in the body', () => {
  it('keeps the questions of a Q&A explainer as body text, not subheads', () => {
    const article = recogniseArticle([
      'Bus fares to rise by 12% in January',
      'By Ana Ruiz',
      'Fares on the city’s buses will rise by 12% from January, the transport authority said on Monday.',
      'Q: Why are fares going up again?',
      'The authority says fuel and wages have risen faster than its grant from the city.',
      'Question: Will season tickets cost more?',
      'Yes. A monthly ticket will go up from £60 to £67.',
    ]);
    expect(article.roles[3]).toBe('text');
    expect(article.roles[5]).toBe('text');
  });

  it('splits a paragraph of short tag lines into its lines, so each tag is kept out as the line it is', () => {
    const blocks = splitMetaLines(['Related topics', 'Road safety\nCycling\nLocal councils']);
    expect(blocks).toEqual(['Related topics', 'Road safety', 'Cycling', 'Local councils']);
    const roles = recogniseArticle([
      'Cycle lane plan dropped',
      'By Ana Ruiz',
      'The council has dropped its plan for a cycle lane on Mill Road after a public consultation.',
      'It said it would look at other routes.',
      ...blocks,
    ]).roles;
    expect(roles.slice(4)).toEqual(['link', 'link', 'link', 'link']);
  });

  it('still joins the hard-wrapped lines of a body paragraph', () => {
    expect(
      splitMetaLines([
        'The council said the new lane\nwould be built next spring and\nwould cost £2m, paid by the city.',
      ]),
    ).toEqual(['The council said the new lane would be built next spring and would cost £2m, paid by the city.']);
  });

  it('keeps a wire story\'s summary bullets and its "(Adds …)" note out of the body, one line at a time', () => {
    const blocks = splitMetaLines([
      'UPDATE 1-Port operator halts exports as strike spreads',
      '* Strike now in its third day\n* Grain exports down by half, traders say',
      '(Adds union comment, paragraphs 5-6)',
      'By Ana Ruiz',
      'SELBY, March 3 (Tidewater) - The port operator halted all exports on Tuesday as a dockers’ strike spread.',
      'The union said talks would resume on Friday.',
    ]);
    expect(blocks[1]).toBe('* Strike now in its third day');
    const article = recogniseArticle(blocks);
    expect(article.fields.title).toBe('UPDATE 1-Port operator halts exports as strike spreads');
    expect(article.roles.slice(1, 4)).toEqual(['boilerplate', 'boilerplate', 'boilerplate']);
    expect(article.roles.slice(5)).toEqual(['text', 'text']);
  });

  it('keeps a paragraph opening "By the end of …" as body text, not a byline', () => {
    const article = recogniseArticle([
      'Libraries to close',
      'By Ana Ruiz',
      'The council voted on Tuesday to close three of its five libraries.',
      'By the end of March, only two branches will be open.',
    ]);
    expect(article.roles[3]).toBe('text');
  });

  it('keeps a bulleted list in the body as body text', () => {
    const article = recogniseArticle([
      'What changes in April',
      'By Ana Ruiz',
      'Three things change for drivers in April, the council said on Monday.',
      '* Parking charges rise by 20p an hour',
      '* Permits move online',
      'The changes were approved last month.',
    ]);
    expect(article.roles.slice(3)).toEqual(['text', 'text', 'text']);
  });

  it.each([
    'By Tuesday, the council had closed three libraries.',
    'By March the branches will be shut.',
    'By Christmas, half of the library staff had already gone elsewhere.',
    'With files from the archive, the museum rebuilt the room.',
    'Edited by the council, the report left out the figures.',
    'The company said it is available on all podcast platforms from Monday.',
    'The mayor said the fire started at 2am. (AP)',
    'Some links in this article were broken, readers said.',
  ])('reads “%s” as text', (line) => {
    expect(metaKindOf(line)).toBeNull();
  });
});
