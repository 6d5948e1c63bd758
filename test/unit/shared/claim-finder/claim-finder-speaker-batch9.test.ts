import { describe, expect, it } from 'vitest';
import { article, speakerOf, suggestionWith } from '../../helpers/finder-speakers';

/**
 * Speakers on real news copy, fifth round of issue 21: general fixes for what the blind ninth dev batch
 * (test/fixtures/real-copy, batch 9) showed the finder getting wrong. Each test failed on the finder before its
 * fix. The copy is invented for the tests and differs from the corpus articles.
 */

describe('bodies pointed back to', () => {
  it('does not take "the health ministry" for another country\'s foreign ministry', () => {
    const text = article(
      'Vaccine row',
      'Dravia said on Monday that a batch of vaccines had been sold abroad without a licence.',
      "Kessland's foreign ministry denied the claim within hours, saying Dravia had shown no evidence at all.",
      'The health ministry said a full audit of the batch would be finished by the end of May.',
    );
    expect(speakerOf(text, 'full audit')).toEqual({ speaker: 'health ministry', speakerKind: 'organization' });
  });

  it('reads a short form given in brackets as the body it stands for ("the Rail Safety Board (RSB)" … "the RSB")', () => {
    const text = article(
      'Rail inquiry',
      'The Rail Safety Board (RSB) said it had opened an inquiry into the derailment near Halden.',
      'Two carriages left the track. According to the RSB, the line had not been inspected since 2021.',
      'Last year the Office of Water Supervision (Ofwas) fined the water firm two million pounds.',
      'Ofwas says leaks rose by 12% in a year.',
    );
    expect(speakerOf(text, 'not been inspected')).toEqual({
      speaker: 'Rail Safety Board',
      speakerKind: 'organization',
    });
    expect(speakerOf(text, 'leaks rose')).toEqual({
      speaker: 'Office of Water Supervision',
      speakerKind: 'organization',
    });
  });

  it('reads "the regulator" as the body named for regulating ("the Energy Regulation Authority")', () => {
    const text = article(
      'Power prices',
      'The Energy Regulation Authority approved a rise of 9% for households on Thursday.',
      'Suppliers had asked for more. Network losses cost about £40 a year per home, according to the regulator.',
    );
    expect(speakerOf(text, 'Network losses')).toEqual({
      speaker: 'Energy Regulation Authority',
      speakerKind: 'organization',
    });
  });

  it('does not make "On Friday the" part of the name of the body that follows it', () => {
    const text = article(
      'Power prices',
      'On Friday the Energy Regulation Authority approved a rise of 9% for households.',
      'Suppliers had asked for more. Network losses cost about £40 a year per home, according to the regulator.',
    );
    expect(speakerOf(text, 'Network losses')).toEqual({
      speaker: 'Energy Regulation Authority',
      speakerKind: 'organization',
    });
  });
});

describe('names and kinds', () => {
  it('reads "the company" as the business named since, not a description of it in lower case before', () => {
    const text = article(
      'Rail fares',
      'The county’s bus company says it needs the money to replace its oldest vehicles.',
      'Tarn Valley Buses says it will spend £40m by 2028 on 120 new electric buses.',
      'Passengers can apply for a discount card. About 9,000 people used the card last year, the company said.',
    );
    expect(speakerOf(text, 'About 9,000')).toEqual({ speaker: 'Tarn Valley Buses', speakerKind: 'organization' });
  });

  it('keeps a titled name a person whatever body comes before the title ("national bank Governor …")', () => {
    const text = article(
      'Bank rescue',
      '“Deposits are safe and every branch will open on Monday,” national bank Governor Lotte Brandt told reporters.',
    );
    expect(speakerOf(text, 'every branch')).toEqual({ speaker: 'Lotte Brandt', speakerKind: 'person' });
  });

  it('knows an airport is a body ("Harlow Airport said")', () => {
    const text = article('Night flights', 'Harlow Airport said the early flights had created 140 jobs since March.');
    expect(speakerOf(text, '140 jobs')).toEqual({ speaker: 'Harlow Airport', speakerKind: 'organization' });
  });

  it('drops a plural role opening the sentence from the name after it ("Liquidators Brent Hale Partners said")', () => {
    const text = article(
      'Builder collapses',
      'Liquidators Brent Hale Partners said the builder owed about £3m to 400 suppliers.',
    );
    expect(speakerOf(text, '400 suppliers')).toEqual({ speaker: 'Brent Hale Partners', speakerKind: 'organization' });
  });
});

describe('sentences nobody reports', () => {
  it('gives no speaker to "…, a decision the union says will cost 900 jobs" (a clause describing the noun)', () => {
    const text = article(
      'Mill closes',
      'The Harwick paper mill will shut in March after its owner cut investment by half, a decision the union says will cost 900 jobs.',
    );
    expect(speakerOf(text, 'paper mill')).toEqual({ speaker: null, speakerKind: null });
  });
});

describe('who a frame names', () => {
  it('keeps a possessive inside a body\'s name ("the Harwick Growers\' Association" … "the association")', () => {
    const text = article(
      'Apple harvest',
      "Prices fell, according to Jo Pike, who chairs the Harwick Growers's Association.",
      'The association, which has 600 members, says the harvest was 30% below last year.',
    );
    expect(speakerOf(text, 'harvest was 30%')).toEqual({
      speaker: "Harwick Growers's Association",
      speakerKind: 'organization',
    });
  });

  it('credits "A Tarn County Council spokesperson" to the council, not to the body that opens the next sentence', () => {
    const text = article(
      'Bin strike',
      'A Tarn County Council spokesperson said 40,000 bins had not been emptied since Monday.',
      'Unison Works confirmed that 200 of its members had walked out.',
    );
    // (The corpus guide, settled this session: a body named before "spokesperson" is who speaks.)
    expect(speakerOf(text, '40,000 bins')).toEqual({
      speaker: 'Tarn County Council',
      speakerKind: 'organization',
    });
  });

  it('credits data "released by X under freedom of information law" to X', () => {
    const text = article(
      'Overtime',
      'The rest came from bonuses, according to figures released by Harwick Fire Service under freedom of information law.',
    );
    expect(speakerOf(text, 'The rest came')).toEqual({ speaker: 'Harwick Fire Service', speakerKind: 'organization' });
  });

  it('reads "People living near the plant say …" as the people, with what describes them', () => {
    const text = article(
      'Plant smell',
      'People living beside the Harwick steel plant say the smell has returned every night since June.',
    );
    expect(speakerOf(text, 'smell has returned')).toEqual({
      speaker: 'People living beside the Harwick steel plant',
      speakerKind: 'organization',
    });
  });

  it('does not complete a name to a description holding it ("Harwick Airport" is not the people living near it)', () => {
    const text = article(
      'Night flights',
      'People living under the flight path of Harwick Airport say they are woken every night.',
      'A spokesperson for Harwick Airport said the early flights had created 140 jobs.',
    );
    expect(speakerOf(text, '140 jobs')).toEqual({ speaker: 'Harwick Airport', speakerKind: 'organization' });
  });
});

describe('speech verbs', () => {
  it('reads "Forecasters expect … 38C" as a forecast by them, and an expectation with no figure as none', () => {
    const text = article(
      'Heatwave',
      'Forecasters expect temperatures to reach 38C on Friday in the south of the county.',
      'Police expect to make more arrests over the coming days.',
    );
    expect(speakerOf(text, 'reach 38C')).toEqual({ speaker: 'Forecasters', speakerKind: 'organization' });
    expect(speakerOf(text, 'more arrests')).toEqual({ speaker: null, speakerKind: null });
  });

  it('reads "has asked X for …" and "has written to X asking for …" as demands by the subject', () => {
    const text = article(
      'Hospital parking',
      'The health board chair, Ruth Ode, has asked the trust for a report on parking fines by the end of June.',
      'Local MP Dan Price has written to the health secretary asking for free parking for all nurses.',
      'One nurse, who asked not to be named, said fines had doubled since 2022.',
    );
    expect(speakerOf(text, 'parking fines')).toEqual({ speaker: 'Ruth Ode', speakerKind: 'person' });
    expect(speakerOf(text, 'free parking')).toEqual({ speaker: 'Dan Price', speakerKind: 'person' });
    expect(speakerOf(text, 'fines had doubled')).toEqual({ speaker: 'nurse', speakerKind: 'person' });
  });
});

describe('people named before or after', () => {
  it('reads "…, and its owner, Harwick Harbour Board, estimated on Monday that …" as the owner\'s estimate', () => {
    const text = article(
      'Quay closed',
      'The quay has been shut since the storm on March 3, and its owner, Harwick Harbour Board, estimated on Monday that repairs would cost £6m.',
    );
    expect(speakerOf(text, 'repairs would cost')).toEqual({
      speaker: 'Harwick Harbour Board',
      speakerKind: 'organization',
    });
  });

  it('does not take the verb after ", but" for a subject ("…, but allows exceptions, said X")', () => {
    const text = article(
      'Tenders',
      'The law requires councils to seek bids for most contracts, but allows exceptions in emergencies, said Ana Reyes, a lecturer in public law.',
    );
    expect(speakerOf(text, 'seek bids')).toEqual({ speaker: 'Ana Reyes', speakerKind: 'person' });
  });

  it('reads "The hairdresser, who …, claimed" as the person the story was just about', () => {
    const text = article(
      'Salon row',
      'The salon’s owner, Dana Frost, 31, has no licence, the Courier has learned.',
      'Frost told the Courier: “I have coloured hair for 12 years without a single complaint.”',
      'The hairdresser, who opened the salon in 2023, claimed the customer had been warned about the dye.',
    );
    expect(speakerOf(text, 'warned about the dye')).toEqual({ speaker: 'Dana Frost', speakerKind: 'person' });
  });

  it('names the unnamed person of a story\'s opening ("A FURIOUS groom has told how …") from the paragraph after', () => {
    const text = article(
      'GROOM’S FURY',
      'A FURIOUS groom has told how his £9,000 stag weekend was cancelled by text two days before it began.',
      'Plumber Liam Kerr, 33, had booked the lodge in March and paid in full.',
    );
    expect(speakerOf(text, 'stag weekend')).toEqual({ speaker: 'Liam Kerr', speakerKind: 'person' });
  });

  it('names the "she" of a story\'s opening from the paragraph after ("…, she claims.")', () => {
    const text = article(
      'TAN HORROR',
      'A MUM-of-three was left with burns after a salon used a sunbed that had failed its safety check, she claims.',
      'Kerry Dale, 38, from Harwick, paid £60 for a course of ten sessions.',
    );
    expect(speakerOf(text, 'safety check')).toEqual({ speaker: 'Kerry Dale', speakerKind: 'person' });
  });
});

describe('probed on invented copy after batch 9', () => {
  it('keeps "…, two days after a newspaper reported that …" a plain statement with its subject', () => {
    const text = article(
      'Minister quits',
      'Health Minister Rosa Linde resigned on Friday, two days after a newspaper reported that her husband’s firm had won £3m of contracts.',
    );
    expect(speakerOf(text, 'resigned on Friday')).toEqual({ speaker: null, speakerKind: null });
    expect(suggestionWith(text, 'resigned on Friday').text).toMatch(/^Health Minister Rosa Linde resigned/);
  });

  it('reads "Her husband, Piet Linde, who runs …, told" as the name in the appositive', () => {
    const text = article(
      'Minister quits',
      'Her husband, Piet Linde, who runs Linde Care Services, told the Herald the firm had won every contract in open tender.',
    );
    expect(speakerOf(text, 'open tender')).toEqual({ speaker: 'Piet Linde', speakerKind: 'person' });
  });

  it('reads "The union, the Harbour Workers Alliance, has called …" as the union named in the appositive', () => {
    const text = article(
      'Dock strike',
      'Officials at the port authority said 40 ships were waiting to unload.',
      'The union, the Harbour Workers Alliance, has called for a 9% pay rise.',
    );
    expect(speakerOf(text, '9% pay rise')).toEqual({
      speaker: 'Harbour Workers Alliance',
      speakerKind: 'organization',
    });
  });

  it('does not take "the prosecutor’s office" for the prime minister’s office', () => {
    const text = article(
      'Contracts',
      'The prime minister’s office said it had accepted the resignation with regret.',
      'The prosecutor’s office said it had received 3 complaints about the contracts.',
    );
    expect(speakerOf(text, '3 complaints')).toEqual({ speaker: 'prosecutor’s office', speakerKind: 'organization' });
  });

  it('credits "according to two people familiar with the insurers\' early figures" to those people', () => {
    const text = article(
      'Storm damage',
      'Insurers estimate the damage at 300 million crowns, according to two people familiar with the insurers’ early figures.',
    );
    expect(speakerOf(text, '300 million')).toEqual({
      speaker: 'two people familiar with the insurers’ early figures',
      speakerKind: 'organization',
    });
  });

  it('reads "Residents of Lund, the worst-hit town, said" as the residents, not a name ending in "Lund"', () => {
    const text = article(
      'Storm damage',
      'Gusts reached 160 km/h at Cape Lund, the weather service said.',
      'Residents of Lund, the worst-hit town, said roofs had been torn off 30 houses.',
    );
    expect(speakerOf(text, 'roofs had been')).toEqual({ speaker: 'Residents of Lund', speakerKind: 'organization' });
  });
});

describe('kinds of bodies', () => {
  it('knows a school district is a body', () => {
    const text = article(
      'Grades',
      'About 412 students take algebra at the high school, the school district said Wednesday.',
    );
    expect(speakerOf(text, '412 students')).toEqual({ speaker: 'school district', speakerKind: 'organization' });
  });
});

describe('court copy', () => {
  // (A denial of charges was a plain fact here until batch 11's guide addition made it the defendant's denial.)
  it('reads a guilty plea ("admitted 14 counts of fraud") as a plain fact, an admission as speech', () => {
    const text = article(
      'Fraud',
      'Graham Pell, 61, of Harwick, admitted 14 counts of fraud at Harwick Crown Court in March.',
      'Tom Reed denied two charges of theft and will stand trial in June.',
      'The bank admitted that 4,000 customers had been overcharged.',
    );
    expect(speakerOf(text, '14 counts')).toEqual({ speaker: null, speakerKind: null });
    expect(speakerOf(text, 'charges of theft')).toEqual({ speaker: 'Tom Reed', speakerKind: 'person' });
    expect(speakerOf(text, '4,000 customers')).toEqual({ speaker: 'bank', speakerKind: 'organization' });
  });
});

describe('two people, roles and participles', () => {
  const text = article(
    'Refund won',
    'Ann and Tom Reed, from Harwick, say they were billed £48,000 for care that was never given.',
    'The Care Home Ombudsman has ruled that the owner must repay the full amount.',
    'In its decision, the ombudsman said the company had ignored 11 letters from the family.',
    'Writing on Facebook, Tom Reed said: "We spent more than 200 hours on this case."',
    'He went on to say that the home had since changed its billing system.',
    'The couple said they had given £500 to a dementia charity.',
  );

  it('makes two people named together a group ("Ann and Tom Reed")', () => {
    expect(speakerOf(text, 'billed £48,000')).toEqual({ speaker: 'Ann and Tom Reed', speakerKind: 'organization' });
  });

  it('reads "the ombudsman" as the body whose name ends in the word', () => {
    expect(speakerOf(text, '11 letters')).toEqual({ speaker: 'Care Home Ombudsman', speakerKind: 'organization' });
  });

  it('does not take "Writing on Facebook" for a name, nor complete "Tom Reed" to the couple', () => {
    expect(speakerOf(text, '200 hours')).toEqual({ speaker: 'Tom Reed', speakerKind: 'person' });
  });

  it('reads "He went on to say that …" as speech', () => {
    expect(speakerOf(text, 'billing system')).toEqual({ speaker: 'Tom Reed', speakerKind: 'person' });
  });

  it('reads "The couple said" as the two people named together', () => {
    expect(speakerOf(text, 'dementia charity')).toEqual({ speaker: 'Ann and Tom Reed', speakerKind: 'organization' });
  });
});

describe('owners and acronyms', () => {
  it('reads "Ostmark\'s lead negotiator, Petr Hanak, denied that" as Hanak, and his "he" next', () => {
    const text = article(
      'Border talks',
      'A senior Drevian official said Ostmark had demanded 40 million euros in compensation.',
      'Ostmark’s lead negotiator, Petr Hanak, denied that. "We have not asked for 40 million euros or any other sum," he told reporters.',
    );
    expect(speakerOf(text, 'any other sum')).toEqual({ speaker: 'Petr Hanak', speakerKind: 'person' });
  });

  it('writes "President Ilona Varga\'s office" without the title, and keeps "An EU diplomat" in capitals', () => {
    const text = article(
      'Border talks',
      'President Ilona Varga’s office said in a statement that Drevia had offered 12 meetings since May.',
      'An EU diplomat said the next round of talks was planned for 14 July.',
    );
    expect(speakerOf(text, '12 meetings')).toEqual({ speaker: "Ilona Varga's office", speakerKind: 'organization' });
    expect(speakerOf(text, '14 July')).toEqual({ speaker: 'EU diplomat', speakerKind: 'person' });
  });
});

describe('people who speak for a person', () => {
  it('writes "His rep said" as that person\'s rep', () => {
    const text = article(
      'SOAP STAR IN BRAWL',
      'Soap favourite Dean Ashby was arrested after a brawl outside a pub in Salford.',
      'His rep said: "Dean was defending a friend who was attacked by two men on Saturday night."',
    );
    expect(speakerOf(text, 'defending a friend')).toEqual({ speaker: "Dean Ashby's rep", speakerKind: 'person' });
  });
});

describe('council copy', () => {
  const text = article(
    'Stadium deal',
    '"This is the biggest deal this city has signed in 30 years," Councilmember Rosa Diaz said before the vote.',
    'Councilmember Ken Yates, who voted no, said the team had been offered $14 million.',
    'The team will stay in Maple Falls for at least 25 years, according to the agreement.',
    'The city says a public hearing was held on March 4.',
  );

  it('reads "Councilmember" as a title', () => {
    expect(speakerOf(text, '$14 million')).toEqual({ speaker: 'Ken Yates', speakerKind: 'person' });
  });

  it('gives an agreement no speaker (a document), not the person named last', () => {
    expect(speakerOf(text, '25 years')).toEqual({ speaker: null, speakerKind: null });
  });

  it('does not make "the biggest deal this city" a body that "the city" points back to', () => {
    expect(speakerOf(text, 'public hearing')).toEqual({ speaker: 'city', speakerKind: 'organization' });
  });
});
