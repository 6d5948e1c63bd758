import { describe, expect, it } from 'vitest';
import { metaKindOf } from '../../../../../shared/article/structure/block-kinds';
import { recogniseArticle } from '../../../../../shared/article/structure/recognise';

/**
 * Where copy names its outlet when no byline does (issue 21 item 4): a copyright line with the year after the
 * name, a dateline in ordinary case with a date, the outlet's own newsletter line. Each test failed before this
 * change.
 */

const header = ['Council to close three libraries', 'By Ana Ruiz'];
const body = [
  'The council voted on Tuesday to close three of its five libraries by the summer.',
  'It said the savings would pay for the remaining two to open on Sundays.',
];

describe('the outlet named in the copy', () => {
  it('reads a copyright line with the year after the name as the outlet, without the year', () => {
    expect(recogniseArticle([...header, ...body, '© KTVN 2026']).fields.outlet).toBe('KTVN');
    expect(recogniseArticle([...header, ...body, 'Copyright Coast Ledger, 2026']).fields.outlet).toBe('Coast Ledger');
  });

  it('reads a dateline in ordinary case, with its date, for the agency and the date', () => {
    const fields = recogniseArticle([
      ...header,
      'Selby, March 3, 2026 (PNA) The port operator halted all exports on Tuesday as a strike spread.',
      ...body,
    ]).fields;
    expect(fields).toMatchObject({ outlet: 'PNA', publishedDate: '2026-03-03' });
    const noPlace = recogniseArticle([
      ...header,
      'March 3 (Tidewater News) - Exports were halted on Tuesday.',
      ...body,
    ]);
    expect(noPlace.fields.outlet).toBe('Tidewater News');
  });

  it("reads the outlet's own newsletter line as the outlet when nothing else names it", () => {
    const read = (line: string) => recogniseArticle([...header, '2 March 2026', ...body, line]).fields.outlet;
    expect(read('Sign up for The Coast Ledger’s morning briefing, in your inbox by 7am.')).toBe('The Coast Ledger');
    expect(read('Sign up to the Courier’s money newsletter')).toBe('Courier');
    expect(read("Coast Ledger's politics newsletter — sign up here")).toBe('Coast Ledger');
    expect(read('Subscribe to Library Trade Gazette for daily news from the sector.')).toBe('Library Trade Gazette');
    expect(read('Sign up for our free daily newsletter.')).toBe('');
  });

  it('keeps an ordinary sentence with a name and a bracket out of the outlet', () => {
    const fields = recogniseArticle([...header, 'Smith (the council leader) said the plan would save £2m.', ...body]);
    expect(fields.fields.outlet).toBe('');
  });

  it('keeps "Follow <Outlet> on <platform>" lines out of the text', () => {
    expect(metaKindOf('Follow KTVN News on WhatsApp for the latest updates.')).toBe('boilerplate');
  });

  it("spells out a dateline's initials from the outlet's name elsewhere in the furniture", () => {
    const article = recogniseArticle([
      'Council to close three libraries',
      'By Ana Ruiz',
      'SELBY, Mass. (CW) — The council voted on Tuesday to close three of its five libraries by the summer.',
      'It said the savings would pay for the remaining two to open on Sundays.',
      'Coast Wire writer Jo Park contributed to this report.',
    ]);
    expect(article.fields.outlet).toBe('Coast Wire');
  });
});
