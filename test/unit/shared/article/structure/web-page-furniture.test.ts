import { describe, expect, it } from 'vitest';
import { metaKindOf } from '../../../../../shared/article/structure/block-kinds';
import { recogniseArticle } from '../../../../../shared/article/structure/recognise';

/**
 * The lines around news copy pasted from web pages and wire feeds that the import took for article text (issue 21,
 * dev batches 10-12): tag and topic lines, newsletter and follow lines, tip lines with an e-mail, syndication notes,
 * wire slugs, "Last modified" stamps, credits in brackets, a kicker above the headline, and a byline with the
 * writer's job on the same line. Each test failed before this change.
 */

describe('web-page furniture', () => {
  it.each([
    'Topics: health, hospitals, regional',
    'Filed under: courts, divorces, manhattan',
    'Tags',
    'Related Articles',
    'Reuse this content',
    'Our Standards: The Corvus Wire Trust Principles.',
    '(This story has not been edited by Daily Ledger staff and is auto-generated from a syndicated feed.)',
    'Get the latest Ashford news straight to your inbox by signing up to our free daily newsletter here.',
    'Inside Politics: Sign up for our daily newsletter on what’s happening at Westminster.',
    'Follow the Herald on WhatsApp for breaking news.',
    'Stay with Channel 4 for updates on this developing story.',
    'Have photos of the fire? Send them to newsdesk@kfxn4.com.',
    'Ana Ruiz covers transport for The Ledger. Reach her at aruiz@ledger.example.',
    'kp-lm/dv',
    '___',
    'This article was amended on 3 May 2026 to correct the date of the vote.',
    'This story has been updated to include comment from the company.',
    'FOR more stories like this, follow us on Facebook',
    'Additional reporting by Jo Park',
    'Associated reporting by Tom Weller in Geneva.',
    'CP writer Jim Ahearn in Charleston, W.Va., contributed to this report.',
    'Pelican Press writer Jonas Berg contributed from Lorvane City.',
  ])('keeps “%s” out of the text', (line) => {
    expect(metaKindOf(line)).not.toBeNull();
  });

  it.each([
    'Last modified on Thu 26 Nov 2026 11.14 GMT',
    'Water fills Elm Street after a pipe burst on Monday. (Video courtesy: Jo Park)',
    'Riot police outside the court on Friday. (Sam Reid / The Coast Ledger)',
    'Ana Ruiz, 29, was held hours after the video was posted. Credit: TikTok',
    'Smoke rises over the hills behind Dunmore on Sunday evening. (SBC News: Ana Ruiz)',
    '‘WORTH NOTHING’: Kerry and Stuart with their van at Sandwick Bay',
    'BEFORE AND AFTER: Gemma before the treatment, left, and two days later',
  ])('takes “%s” for a stamp or a caption', (line) => {
    expect(['timestamp', 'caption']).toContain(metaKindOf(line));
  });

  it.each([
    'The council said it had written to 1,200 households, and residents can follow the changes online.',
    'Police said they had arrested four people at the scene on Tuesday.',
    'Ruiz said the firm had emailed 300 customers to say their data had been taken.',
    'Topics such as pay and pensions were left out of the talks, the union said.',
    'The agency gave one image: a map of the spill drawn by its own staff in 2019',
    'She posted a photo: her son in the hospital bed where he spent 14 nights',
    'The council will vote on the plan in May (the budget: £4m, the bill: £2m for staff).',
  ])('still reads “%s” as text', (line) => {
    expect(metaKindOf(line)).toBeNull();
  });

  it("reads a headline in a tabloid caption's shape, opening the copy, as the headline", () => {
    const article = recogniseArticle([
      "'HE WAS LIKE A RAG DOLL': Gran, 68, mauled by neighbour's dog",
      'By Ana Ruiz',
      'A grandmother was bitten 14 times by a neighbour’s dog as she hung out washing, police said.',
      'The dog was destroyed.',
    ]);
    expect(article.fields.title).toBe("'HE WAS LIKE A RAG DOLL': Gran, 68, mauled by neighbour's dog");
  });

  it('reads a name line beside "Outlet, Place", a "Job, Outlet" line and an outlet\'s name on its own line as the byline', () => {
    const broadcaster = recogniseArticle([
      'Ambulance patients waited up to 31 hours',
      'Published',
      '3 hours ago',
      'Kirsty Obi',
      'BBN News, Westshire',
      'Patients waited in ambulances for up to 31 hours last winter, figures show.',
      'The trust said it was sorry.',
    ]);
    expect(broadcaster.fields.byline).toBe('Kirsty Obi');
    expect(broadcaster.fields.outlet).toBe('BBN News');
    const reporter = recogniseArticle([
      'Care home residents left without water',
      'By Priya Desai',
      'Health reporter, Radio Kelby',
      'Residents were left without water for hours, inspectors found.',
      'The home said it had hired more staff.',
    ]);
    expect(reporter.fields.outlet).toBe('Radio Kelby');
    expect(reporter.roles[2]).toBe('byline');
    const paper = recogniseArticle([
      'Tenants sue over mould',
      'The Baltimore Beacon',
      'By Tessa Morrow',
      'Forty families have sued their landlord over mould, court records show.',
      'The landlord denies the claims.',
    ]);
    expect(paper.fields.outlet).toBe('The Baltimore Beacon');
  });

  it('keeps the paragraphs above an early caption as the story, with one standfirst at most', () => {
    const article = recogniseArticle([
      'Port strike halts exports',
      'Dockers walked out at Selby on Monday.',
      'The strike has stopped 40 ships, the port authority said on Tuesday.',
      'Exports of grain fell by a third in the first week, traders estimated.',
      'Pickets outside the main gate at Selby on Monday. Photo: Ana Ruiz',
      'The union said the strike would last until pay talks resumed.',
    ]);
    expect(article.roles.slice(0, 5)).toEqual(['headline', 'standfirst', 'text', 'text', 'caption']);
  });

  it('reads a one-word kicker above the headline as furniture, and a headline in capitals as the headline', () => {
    const kicker = recogniseArticle([
      'EXCLUSIVE',
      'Banker hid $3M in gold as marriage failed, wife claims',
      'By Ana Ruiz',
      'A banker hid $3 million in gold bars, his wife claims in a court filing.',
      'He denies it.',
    ]);
    expect(kicker.fields.title).toBe('Banker hid $3M in gold as marriage failed, wife claims');
    const capitals = recogniseArticle([
      'LANDLORD FROM HELL',
      'By Ana Ruiz',
      'Tenants lived with rats for two years, inspectors found.',
      'The landlord was fined £40,000.',
    ]);
    expect(capitals.fields.title).toBe('LANDLORD FROM HELL');
  });

  it('reads "Name Job title" under the headline as the byline, without the job', () => {
    const article = recogniseArticle([
      'Prisons will be full by March, briefing warns',
      'Hannah Lowther Home affairs editor',
      'Thu 26 Nov 2026 06.00 GMT',
      'Prisons in England will run out of places by March, a leaked briefing says.',
      'The ministry declined to comment.',
    ]);
    expect(article.fields.byline).toBe('Hannah Lowther');
    expect(article.roles[1]).toBe('byline');
  });
});
