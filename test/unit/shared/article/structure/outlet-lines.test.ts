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

  it.each([
    ['Do you have a story for The Coast Ledger news team? Email us at tips@coastledger.example', 'The Coast Ledger'],
    ['Follow The Coast Ledger on Instagram and TikTok for the latest news', 'The Coast Ledger'],
    ['Got a story? Contact the Coast FM newsroom on 01632 960 000 or email news@coastfm.example', 'Coast FM'],
    ['Coast Ledger is an independent, reader-funded community news site. Support local journalism.', 'Coast Ledger'],
    ['Kelby Voice is a nonprofit, nonpartisan newsroom covering the state legislature.', 'Kelby Voice'],
  ])('reads the outlet from its own furniture: “%s”', (line, outlet) => {
    const article = recogniseArticle([...header, '2 March 2026', ...body, line]);
    expect(article.fields.outlet).toBe(outlet);
    expect(article.roles.at(-1)).not.toBe('text');
  });

  it("reads a newspaper's name by the words newspapers are named with", () => {
    expect(recogniseArticle([header[0], 'By Ana Ruiz, Kelby Echo', ...body]).fields.outlet).toBe('Kelby Echo');
    expect(recogniseArticle([header[0], 'By Ana Ruiz | The Kelby Sentinel', ...body]).fields.outlet).toBe(
      'The Kelby Sentinel',
    );
  });

  it('reads the outlet from the story speaking of itself: "X can reveal", or told X more than once', () => {
    const read = (...lines: string[]) => recogniseArticle([...header, '2 March 2026', ...lines]).fields.outlet;
    expect(read('The council is to close three libraries, the Kelby Clarion can reveal.', ...body)).toBe(
      'Kelby Clarion',
    );
    expect(
      read(
        'Residents told The Kelby Star they had not been asked.',
        ...body,
        'A council source told The Kelby Star: "It was always going to happen."',
      ),
    ).toBe('The Kelby Star');
    expect(read('The mayor told the Coast Radio she was sorry.', ...body)).toBe('');
  });

  it("reads a section's brand in the furniture as the outlet it extends, when the story names the outlet", () => {
    const article = recogniseArticle([
      ...header,
      '2 March 2026',
      'Residents told The Kelby Star they had not been asked.',
      ...body,
      'A council source told The Kelby Star: "It was always going to happen."',
      'Follow The Kelby Star Money on X and Facebook',
    ]);
    expect(article.fields.outlet).toBe('The Kelby Star');
  });

  it.each([
    ['Ana Ruiz outside the clinic, where she worked until 2024. Jo Park for The Kelby Ledger', 'The Kelby Ledger'],
    ['Water covers Elm Street after the main burst on Tuesday. (Image: Kelby Echo)', 'Kelby Echo'],
    ['The airline went into administration on March 9. (KTVN News: Jo Park)', 'KTVN News'],
    ['The mayor at the meeting on Tuesday. | Jo Park/Capitol Dispatch', 'Capitol Dispatch'],
    ['The mayor at the meeting on Tuesday. (Jo Park / Capitol Dispatch)', 'Capitol Dispatch'],
  ])("reads the outlet from its own photographer's credit: “%s”", (caption, outlet) => {
    expect(recogniseArticle([...header, '2 March 2026', caption, ...body]).fields.outlet).toBe(outlet);
  });

  it.each([
    'Water covers Elm Street after the main burst on Tuesday. (Image: Getty Images)',
    'Water covers Elm Street after the main burst on Tuesday. (AP Photo/Jo Park)',
    'Water covers Elm Street after the main burst on Tuesday. Picture: Beacon Pictures',
    'Water covers Elm Street after the main burst on Tuesday. (Image: AFP)',
  ])("takes no outlet from an agency's or a picture desk's credit: “%s”", (caption) => {
    expect(recogniseArticle([...header, '2 March 2026', caption, ...body]).fields.outlet).toBe('');
  });

  it('gives the outlet its fuller name where the story speaks of it so', () => {
    const article = recogniseArticle([
      ...header,
      '2 March 2026',
      'Speaking to KTVN News, the mayor said the closures were a mistake.',
      ...body,
      '© KTVN 2026',
    ]);
    expect(article.fields.outlet).toBe('KTVN News');
  });

  it("gives a dateline's day (two places in it) the year of the copyright line when no full date is written", () => {
    const article = recogniseArticle([
      'Port strike halts exports',
      'By Ana Ruiz',
      'SELBY/KELBY, March 3 (Tidewater) - The port operator halted all exports on Tuesday as a strike spread.',
      'The union said talks would resume on Friday.',
      '© Tidewater 2026',
    ]);
    expect(article.fields.publishedDate).toBe('2026-03-03');
  });
});
