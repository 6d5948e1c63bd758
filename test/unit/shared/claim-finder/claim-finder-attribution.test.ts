import { describe, expect, it } from 'vitest';
import { findClaims } from '../../../../shared/claim-finder';

/** The suggestion whose text contains `needle`, with its speaker and exact text. */
function claimWith(text: string, needle: string) {
  const found = findClaims(text, { minScore: 0 }).find((s) => s.text.includes(needle));
  if (!found) throw new Error(`no suggestion contains “${needle}”`);
  expect(text.slice(found.start, found.end)).toBe(found.text);
  return found;
}

describe('claim-finder attribution patterns', () => {
  it('X said (that) ... — speaker is the name before the verb, title dropped, claim is the clause', () => {
    const text = 'Transport Minister Mara Quill said that fares had been frozen for five years.';
    const claim = claimWith(text, 'fares');
    expect(claim).toMatchObject({
      speaker: 'Mara Quill',
      attributed: true,
      text: 'fares had been frozen for five years',
    });
  });

  it('skips an appositive description but takes an appositive name', () => {
    expect(
      claimWith(
        'Lindqvist Foods, the confectionery maker based in Osterby, reported that profit fell 22 percent.',
        'profit',
      ).speaker,
    ).toBe('Lindqvist Foods');
    expect(claimWith('The mayor of Eastmere, Jane Doe, said bills would rise 14 percent.', 'bills').speaker).toBe(
      'Jane Doe',
    );
    expect(
      claimWith(
        'Dr Mira Solheim, an epidemiologist at the National Institute of Public Health, said admissions fell 20 percent.',
        'admissions',
      ).speaker,
    ).toBe('Mira Solheim');
  });

  it('..., said X — inverted trailing frame', () => {
    const text = 'Every country that capped rents saw fewer homes built, said Olav Renner.';
    expect(claimWith(text, 'capped')).toMatchObject({
      speaker: 'Olav Renner',
      text: 'Every country that capped rents saw fewer homes built',
    });
  });

  it('according to X, ... and ..., according to X', () => {
    expect(
      claimWith('According to the Skellna Port Authority, the port moved 48 million tonnes in 2025.', 'port moved'),
    ).toMatchObject({
      speaker: 'Skellna Port Authority',
      text: 'the port moved 48 million tonnes in 2025',
    });
    expect(
      claimWith('Eleven runners were taken to hospital, according to the Linden Ambulance Service.', 'Eleven'),
    ).toMatchObject({
      speaker: 'Linden Ambulance Service',
      text: 'Eleven runners were taken to hospital',
    });
  });

  it('X told reporters (that) ... and "...," X told reporters', () => {
    expect(
      claimWith('Lawyer Sofie Brandt told reporters that the firms would hold a quarter of the market.', 'quarter'),
    ).toMatchObject({
      speaker: 'Sofie Brandt',
      text: 'the firms would hold a quarter of the market',
    });
    const quoted = claimWith(
      'City manager Paul Graves was angry.\n"We had two players slip taking penalties," Graves told reporters.',
      'slip',
    );
    expect(quoted).toMatchObject({ speaker: 'Paul Graves', text: 'We had two players slip taking penalties' });
  });

  it('X denounced ... — a speech act: the whole sentence is the claim, with its subject (issue 21)', () => {
    expect(
      claimWith('Ruth Okonkwo denounced the plan as a cut of 4 million crowns to youth services.', 'cut'),
    ).toMatchObject({
      speaker: 'Ruth Okonkwo',
      speakerKind: 'person',
      text: 'Ruth Okonkwo denounced the plan as a cut of 4 million crowns to youth services',
    });
  });

  it('quoted speech followed by its speaker keeps the quoted words and drops the "she said" framing', () => {
    const text =
      'Annika Sorel runs the firm.\n"Cocoa cost us three times as much as in 2023," she told analysts on a call.';
    expect(claimWith(text, 'Cocoa')).toMatchObject({
      speaker: 'Annika Sorel',
      text: 'Cocoa cost us three times as much as in 2023',
    });
  });

  it('quoted speech preceded by its speaker ("X said: ...")', () => {
    const text =
      'Speaking outside the chamber, Karin Desmet said: "Not one of the 40,000 homes is reserved for families."';
    expect(claimWith(text, 'homes')).toMatchObject({
      speaker: 'Karin Desmet',
      text: 'Not one of the 40,000 homes is reserved for families',
    });
  });

  it('a quotation running over several sentences, and a later quotation in the same paragraph, keep the speaker', () => {
    const text =
      '"The tongue has retreated 620 metres since 2016. The lake is new," Ilse Marrow said. "Meltwater is 30 percent of the flow."';
    expect(claimWith(text, '620 metres').speaker).toBe('Ilse Marrow');
    expect(claimWith(text, 'Meltwater').speaker).toBe('Ilse Marrow');
  });

  it('resolves he/she to the last named person and it/they to the last named organisation', () => {
    const text = [
      'Council leader Edwin Farrow opened the debate.',
      'He said road spending would rise by 12 percent.',
      "The Rail Users' Alliance said season tickets cost 4,100 crowns.",
      '"That is twice the price in the south," it said in a statement.',
    ].join('\n');
    expect(claimWith(text, 'road spending').speaker).toBe('Edwin Farrow');
    expect(claimWith(text, 'twice').speaker).toBe("Rail Users' Alliance");
  });

  it('resolves a surname and "the <organisation word>" to the full name used earlier', () => {
    const text = [
      'The Ostmark Ecology Trust published its survey with Dr Lena Kovac.',
      'Bee numbers fell by 61 percent, Kovac said.',
      'Farms with wildflower strips saw numbers rise by a third, according to the trust.',
    ].join('\n');
    expect(claimWith(text, '61 percent').speaker).toBe('Lena Kovac');
    expect(claimWith(text, 'wildflower').speaker).toBe('Ostmark Ecology Trust');
  });

  it('leaves the speaker empty when nobody is named, and documents are not speakers', () => {
    // Unnamed groups are speakers since issue 21 ("rights groups", "UN experts").
    expect(
      claimWith('The researchers say warmer summers explain most of the loss since 1990.', 'warmer'),
    ).toMatchObject({ speaker: 'researchers', speakerKind: 'organization' });
    expect(
      claimWith('According to the council finance report, reserves fell to 18.6 million crowns.', 'reserves'),
    ).toMatchObject({ speaker: null, attributed: false });
    expect(claimWith('She said the figure had doubled since 2015.', 'doubled')).toMatchObject({
      speaker: null,
      attributed: false,
    });
  });
});
