import { describe, expect, it } from 'vitest';
import { withDoubleQuotes } from '../../../../shared/claim-finder/single-quotes';
import { article, speakerOf, suggestionWith } from '../../helpers/finder-speakers';

/**
 * Speakers on real news copy, issue 21: what the blind fourteenth dev batch (politics and courts; sport, culture, tech
 * and consumer desks) showed the finder getting wrong, where the fix is general. Each test failed on the finder before
 * its fix. The copy is invented for the tests and differs from the corpus articles.
 */

describe('quotations in single marks (British house style)', () => {
  it('reads the speaker of a single-quoted quotation, with its frame after, before or between', () => {
    const text = article(
      'Broadband refunds ordered',
      "'Customers should never have to read 40 pages of small print,' said Mira Okafor, the regulator's director.",
      "'The firm's own research showed it knew most people did not understand the rise,' she added.",
      'Consumer group Fair Bills chief executive Tom Reyes said: ‘People who signed up in a shop got nothing.’',
      "‘We have refunded 12,000 customers so far,’ a Linkwave spokesman said. 'We apologise.'",
    );
    expect(speakerOf(text, '40 pages')).toEqual({ speaker: 'Mira Okafor', speakerKind: 'person' });
    expect(speakerOf(text, 'own research')).toEqual({ speaker: 'Mira Okafor', speakerKind: 'person' });
    expect(speakerOf(text, 'signed up in a shop')).toEqual({ speaker: 'Tom Reyes', speakerKind: 'person' });
    expect(speakerOf(text, '12,000 customers').speaker).toBe('Linkwave');
    // The claim's text is the article's own, single marks and apostrophes as written.
    expect(suggestionWith(text, 'own research').text).toBe(
      "The firm's own research showed it knew most people did not understand the rise",
    );
  });

  it('leaves apostrophes alone: elisions, possessives and plurals are no quotation', () => {
    const unchanged = [
      "The workers' pay rose 4% in the '90s, and rock 'n' roll fans' tickets cost more.",
      'It’s the club’s third points deduction since the ’80s.',
      'Mr O’Brien said the players’ union had not been told.',
    ];
    for (const line of unchanged) expect(withDoubleQuotes(line)).toBe(line);
    expect(withDoubleQuotes("He called it 'a disgrace', and the fans' group agreed.")).toBe(
      'He called it "a disgrace", and the fans\' group agreed.',
    );
    expect(withDoubleQuotes('‘We won’t go,’ she said, ‘and that’s final.’')).toBe(
      '“We won’t go,” she said, “and that’s final.”',
    );
    // Inside a double quotation a single pair is a quotation within it: left as it is.
    expect(withDoubleQuotes('"She told me \'never again\' and left," he said.')).toBe(
      '"She told me \'never again\' and left," he said.',
    );
    // A paragraph opening a quotation carried on to the next has no closing mark.
    expect(withDoubleQuotes("'We had no warning at all.\n'Then the water came,' she said.")).toBe(
      '"We had no warning at all.\n"Then the water came," she said.',
    );
  });
});

describe('a person brought in with their age', () => {
  it('lets the next "she" or "he" mean someone introduced as "Sarah, 34,"', () => {
    const text = article(
      'Bills rise mid-contract',
      'Thousands of customers were hit by the rise.',
      'Among those affected is Nadia, 34, from Dunmere, who signed up to a £28-a-month deal in March 2024.',
      '"Eight months later it went up to £33.50," she told the Sentinel.',
      'One of them is Callum Reid, 61, a retired bus driver from Eastby.',
      '"My bill doubled in a year," he said.',
    );
    expect(speakerOf(text, '£33.50')).toEqual({ speaker: 'Nadia', speakerKind: 'person' });
    expect(speakerOf(text, 'bill doubled')).toEqual({ speaker: 'Callum Reid', speakerKind: 'person' });
  });
});

describe('verbs that report speech before "that" or a quotation', () => {
  it('reads "agreed that", "shot back that", and "signalled that"; not "agreed to sell"', () => {
    const text = article(
      'Council budget passes',
      'Under cross-examination, Ms Lowther agreed that the back room could not be seen from the street.',
      'Janelle Booker shot back that the overtime line had been overspent for four years running.',
      'Governor Elena Marchetti signalled that borrowing costs could start to fall by 2 points in the autumn.',
      'The council agreed to sell the depot for £4m in March.',
    );
    expect(speakerOf(text, 'back room')).toEqual({ speaker: 'Lowther', speakerKind: 'person' });
    expect(speakerOf(text, 'overtime line')).toEqual({ speaker: 'Janelle Booker', speakerKind: 'person' });
    expect(speakerOf(text, 'borrowing costs').speaker).toBe('Elena Marchetti');
    expect(speakerOf(text, 'sell the depot').speaker).toBeNull();
  });
});

describe('a body whose name ends in a word for a document', () => {
  it('reads "Fair Bills said" and "consumer group Fair Bills said" as the group, not as bills', () => {
    const text = article(
      'Refunds ordered',
      'Consumer group Fair Bills said 400,000 customers had been affected since 2023.',
      'Clean Records said 1,200 landlords had been fined last year.',
      'Court papers obtained by The Star show he moved $31 million in 2022.',
    );
    expect(speakerOf(text, '400,000 customers')).toEqual({ speaker: 'Fair Bills', speakerKind: 'organization' });
    expect(speakerOf(text, '1,200 landlords').speaker).toBe('Clean Records');
    expect(speakerOf(text, '$31 million').speaker).toBeNull();
  });
});

describe('what a speaker phrase carries that is not the name', () => {
  it('drops a possessive before a name ("Her Social Democrats said") and reads a short owner in full', () => {
    const text = article(
      'Pension vote',
      'Finance Minister Liis Roos defended the bill on Monday.',
      'Her Social Democrats, the largest party, said the vote had been rushed through in 48 hours.',
      'Halvard United have been docked 12 points by the league.',
      "United's supporters' trust said 6,000 fans had signed a letter to the league.",
      "Marlow Rovers said on Friday it would appeal. Rovers' supporters' club said 900 members had cancelled.",
    );
    expect(speakerOf(text, '48 hours').speaker).toBe('Social Democrats');
    expect(speakerOf(text, '6,000 fans')).toEqual({
      speaker: "Halvard United's supporters' trust",
      speakerKind: 'organization',
    });
    expect(speakerOf(text, '900 members').speaker).toBe("Marlow Rovers' supporters' club");
  });

  it('reads money claimed as no claim made: "claimed £13,860 in rent", "A MARRIED MP claimed almost £14,000"', () => {
    const text = article(
      'MP claimed rent for flat he let out',
      "A MARRIED MP claimed almost £14,000 of taxpayers' cash for a flat he let out to tourists.",
      'Unity Party backbencher Craig Mellor, 52, claimed £13,860 in rent for the flat in 2024.',
      'He also claimed expenses for 41 train journeys, records show.',
      'Mellor claimed the records were wrong by 12 nights.',
    );
    expect(speakerOf(text, '£14,000').speaker).toBeNull();
    expect(speakerOf(text, '£13,860').speaker).toBeNull();
    expect(speakerOf(text, '41 train journeys').speaker).toBeNull();
    expect(speakerOf(text, 'wrong by 12 nights').speaker).toBe('Craig Mellor');
  });
});

describe('a description renamed by the name after it', () => {
  it('reads "The city\'s largest employer, Brannock Steel," and "The airport\'s operator, Kessling Airport Group (KAG),"', () => {
    const text = article(
      'Jobs and flights',
      'Thirty flights were cancelled at Kessling International Airport on Friday.',
      "The airport's operator, Kessling Airport Group (KAG), said 30 flights had been cancelled.",
      "The city's largest employer, Brannock Steel, said 400 jobs would go by March.",
      "The region's main port, Dunmere, handled 4 million tonnes last year.",
    );
    expect(speakerOf(text, '30 flights').speaker).toBe('Kessling Airport Group');
    expect(speakerOf(text, '400 jobs')).toEqual({ speaker: 'Brannock Steel', speakerKind: 'organization' });
    expect(speakerOf(text, '4 million tonnes').speaker).toBeNull();
  });

  it('credits results to whoever published them: "according to preliminary results from the election board"', () => {
    const text = article(
      'Election count',
      'The Civic Union came first with 31.4% of the vote, according to preliminary results from the National Election Board.',
    );
    expect(speakerOf(text, '31.4%').speaker).toBe('National Election Board');
  });
});
