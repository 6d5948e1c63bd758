import { describe, expect, it } from 'vitest';
import { metaKindOf } from '../../../../../shared/article/structure/block-kinds';
import { recogniseArticle } from '../../../../../shared/article/structure/recognise';

/**
 * More of the furniture web pages and wires put around a story (issue 21 item 4): sharing and comment prompts,
 * affiliate and republishing notes, app and newsletter offers, credits for files and editing, update notes, a tip
 * line without an e-mail, an agency's slug, social buttons on lines of their own, the headlines listed under "More
 * on this story", and pull quotes that repeat the story's own words. Each test failed before this change.
 */

describe('more page furniture', () => {
  it.each([
    'Share or comment on this article:',
    'Share via Email',
    'Some links in this article may be affiliate links. If you buy through them we may earn a commission.',
    'Join the debate: leave a comment below',
    'Republish this story for free under a Creative Commons license.',
    'Get our free weekly newsletter',
    'Get the latest farming news delivered to your inbox: subscribe to Coast Rural.',
    'Download the KTVN Weather app for alerts on your phone.',
    'With files from Jo Park',
    'Edited by Ana Ruiz/Tom Park',
    'This article is based on our live coverage of the count, which has now ended.',
    'Update, March 2, 8:40 PM ET: This story has been updated with comment from the council.',
    'Have a tip about the council? Reach Ana Ruiz securely on Signal.',
    'Follow KTVN’s coverage of the trial at ktvn.example/trial.',
    '(PNA)',
    'LinkedIn',
    'WhatsApp',
    'READ | Residents march on council offices as taps run dry',
    'In short:',
  ])('keeps “%s” out of the text', (line) => {
    expect(metaKindOf(line)).not.toBeNull();
  });

  it.each([
    'Share prices fell 3% on Monday after the results.',
    'Download speeds have doubled since the upgrade, the firm said.',
    'Facebook said it would appeal against the ruling.',
    'Edited versions of the letters were published on Friday.',
    'Getting the latest figures took the council three months.',
  ])('still reads “%s” as text', (line) => {
    expect(metaKindOf(line)).toBeNull();
  });

  const story = [
    'Council to close three libraries',
    'By Ana Ruiz',
    'The council voted on Tuesday to close three of its five libraries by the summer.',
    'The leader said: “We were left with no choice but to close the branches this year.”',
    'It said the savings would pay for the remaining two to open on Sundays.',
  ];

  it('keeps the headlines listed under "More on this story" out of the text', () => {
    const roles = recogniseArticle([
      ...story,
      'More on this story',
      'Why are so many libraries closing?',
      'Village library saved by volunteers',
    ]).roles;
    expect(roles.slice(-3)).toEqual(['link', 'link', 'link']);
  });

  it("keeps a pull quote that repeats the story's words out of the text, and a quote said once in it", () => {
    const roles = recogniseArticle([
      ...story.slice(0, 3),
      '“We were left with no choice but to close the branches”',
      ...story.slice(3),
      '“The branches will not reopen.”',
    ]).roles;
    expect(roles[3]).not.toBe('text');
    expect(roles.at(-1)).toBe('text');
  });

  it('keeps a headline in quotation marks as the headline though the story repeats its words', () => {
    const article = recogniseArticle([
      '‘WE WERE LEFT WITH NO CHOICE’',
      'By Ana Ruiz',
      'The leader said: “We were left with no choice but to close the branches this year.”',
      'The council voted on Tuesday to close three of its five libraries.',
    ]);
    expect(article.fields.title).toBe('‘WE WERE LEFT WITH NO CHOICE’');
  });

  it.each([
    'Lorries seized by police near the river on Wednesday. | Photo Credit: Special Arrangement',
    'The mayor at the meeting on Tuesday. | Jo Park/Coast Ledger',
    "She posted a photo with the caption 'Six years. One text.' Credit: Instagram/@anaruiz",
    'Chief Ana Ruiz speaks at a news briefing on Tuesday. (KTVN)',
    'Ana Ruiz outside the clinic, where she worked until 2024. Jo Park for The Coast Ledger',
    'Late Night Talk is available on all podcast platforms.',
    'Kelby / libraries / local government / education, arts and culture',
  ])('takes “%s” for a caption or furniture', (line) => {
    expect(metaKindOf(line)).not.toBeNull();
  });

  it.each([
    'The mayor said the plan was “dead in the water”. (She later withdrew the remark.)',
    'Ana Ruiz, who worked at the clinic until 2024, said she was never paid for overtime.',
  ])('still reads “%s” as text', (line) => {
    expect(metaKindOf(line)).toBeNull();
  });

  it('reads a caption repeated without its credit as the caption', () => {
    const roles = recogniseArticle([
      ...story,
      'Water covers Elm Street after the main burst on Tuesday. (Video courtesy: Jo Park)',
      'Crews shut off the last valve at 4pm.',
      'Water covers Elm Street after the main burst on Tuesday.',
      'The council said repairs would take a week.',
    ]).roles;
    expect(roles.slice(-4)).toEqual(['caption', 'text', 'caption', 'text']);
  });

  it('keeps the tags under a "Tags" line out of the text', () => {
    const roles = recogniseArticle([...story, 'Tags', 'Libraries', 'Kelby Council']).roles;
    expect(roles.slice(-2)).toEqual(['boilerplate', 'boilerplate']);
  });

  it('keeps a paragraph reporting speech as text though a caption copies it', () => {
    const roles = recogniseArticle([
      ...story,
      'Ana Ruiz says the water in her cellar rose a metre in an hour. (KTVN News: Jo Park)',
      'The council said repairs would take a week.',
      'Ana Ruiz says the water in her cellar rose a metre in an hour.',
      '"It came in faster than we could move anything," she tells KTVN News.',
    ]).roles;
    expect(roles.slice(-4)).toEqual(['caption', 'text', 'text', 'text']);
  });

  it('keeps a quotation standing as its own paragraph as text where only the headline repeats it', () => {
    const roles = recogniseArticle([
      '‘We were left with no choice but to close the branches’: council shuts libraries',
      'By Ana Ruiz',
      'The council leader spoke to residents on Tuesday night.',
      '“We were left with no choice but to close the branches.”',
      'The council voted to close three of its five libraries.',
    ]).roles;
    expect(roles[3]).toBe('text');
  });
});
