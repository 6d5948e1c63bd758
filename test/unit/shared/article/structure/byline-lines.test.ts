import { describe, expect, it } from 'vitest';
import { metaKindOf } from '../../../../../shared/article/structure/block-kinds';
import { recogniseArticle } from '../../../../../shared/article/structure/recognise';

/**
 * Byline lines as newsrooms write them, split into the writer, the outlet and the date (issue 21 item 4): "X | Outlet",
 * "X | date", "X · Outlet", "X, Outlet", "X for Outlet", "Author: X", "Exclusive by X", "By <job> X", a broadcaster's
 * name on the line under the byline. Each test failed before this change.
 */

const body = [
  'The council voted on Tuesday to close three of its five libraries by the summer.',
  'It said the savings would pay for the remaining two to open on Sundays.',
];

const read = (...header: string[]) => recogniseArticle(['Council to close three libraries', ...header, ...body]).fields;

describe('byline lines', () => {
  it.each([
    ['By Ana Ruiz | The Coast Ledger', 'Ana Ruiz', 'The Coast Ledger'],
    ['Ana Ruiz · KTVN 4 News', 'Ana Ruiz', 'KTVN 4 News'],
    ['By Ana Ruiz, PA', 'Ana Ruiz', 'PA'],
    ['By Ana Ruiz and Tom Park, CNX', 'Ana Ruiz and Tom Park', 'CNX'],
    ['Education reporter, KTVN Coastline', '', 'KTVN Coastline'],
    ['By ANA RUIZ Coast Press', 'ANA RUIZ', 'Coast Press'],
    ['Ana Ruiz for The Coast Ledger', 'Ana Ruiz', 'The Coast Ledger'],
  ])('reads “%s” as the writer and the outlet', (line, byline, outlet) => {
    const fields = read(line, '2 March 2026');
    expect(fields.byline).toBe(byline);
    expect(fields.outlet).toBe(outlet);
  });

  it.each([
    ['By Ana Ruiz | 2 March 2026', 'Ana Ruiz'],
    ['Posted by Ana Ruiz | 2 March 2026 | Libraries, News', 'Ana Ruiz'],
  ])('reads “%s” as the writer and the date', (line, byline) => {
    const fields = read(line);
    expect(fields.byline).toBe(byline);
    expect(fields.publishedDate).toBe('2026-03-02');
  });

  it.each([
    ['Author: Ana Ruiz', 'Ana Ruiz'],
    ['Exclusive by Ana Ruiz, Money Editor', 'Ana Ruiz'],
    ['By regional affairs reporter Ana Ruiz and Tom Park', 'Ana Ruiz and Tom Park'],
  ])('reads “%s” as the byline', (line, byline) => {
    expect(metaKindOf(line)).toBe('byline');
    expect(read(line, '2 March 2026').byline).toBe(byline);
  });

  it("reads a broadcaster's name under the byline as the outlet, with or without the writer's job", () => {
    expect(read('By Ana Ruiz', 'KTVN Coastline', '2 March 2026')).toMatchObject({
      byline: 'Ana Ruiz',
      outlet: 'KTVN Coastline',
    });
    expect(read('By Ana Ruiz', 'KTVN Coastline education correspondent', '2 March 2026')).toMatchObject({
      byline: 'Ana Ruiz',
      outlet: 'KTVN Coastline',
    });
  });

  it('reads a name over a section label as the byline, and the section as no outlet', () => {
    expect(read('Ana Ruiz', 'News', '2 March 2026')).toMatchObject({ byline: 'Ana Ruiz', outlet: '' });
  });

  it("reads a job with a desk's name in it as the job, not the outlet", () => {
    expect(read('By Ana Ruiz, Foreign News Reporter', '2 March 2026')).toMatchObject({
      byline: 'Ana Ruiz',
      outlet: '',
    });
  });

  it('reads a name over "World desk, Outlet" as the byline and the outlet', () => {
    expect(read('Ana Ruiz', 'World desk, Coast Ledger', '2 March 2026')).toMatchObject({
      byline: 'Ana Ruiz',
      outlet: 'Coast Ledger',
    });
  });

  it("reads a broadcaster's name under the byline as the outlet when the story follows at once", () => {
    const article = recogniseArticle([
      'Council to close three libraries',
      'Published',
      '3 hours ago',
      'By Ana Ruiz',
      'KTVN Coastline',
      ...body,
    ]);
    expect(article.fields.outlet).toBe('KTVN Coastline');
    expect(article.roles[4]).toBe('byline');
  });

  it("keeps a subhead shaped like an outlet's name, far from the byline, as a subhead", () => {
    const article = recogniseArticle([
      'Council to close three libraries',
      'By Ana Ruiz',
      '2 March 2026',
      ...body,
      'BBC Statement',
      'The broadcaster said it would not comment on the closures.',
    ]);
    expect(article.fields.outlet).toBe('');
    expect(article.roles[5]).toBe('subhead');
  });

  it("reads an unnamed writer's job line and a dateline's place on its own line in the header as furniture", () => {
    const article = recogniseArticle([
      'Council to close three libraries',
      'Campaigners say two towns will be left without a branch',
      'Special Correspondent',
      'KELBY',
      'Published - March 2, 2026 09:07 pm IST',
      ...body,
    ]);
    expect(article.fields.byline).toBe('Special Correspondent');
    expect(article.roles.slice(2, 4)).toEqual(['byline', 'boilerplate']);
  });
});
