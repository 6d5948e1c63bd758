import { describe, expect, it } from 'vitest';
import { findClaims, type ClaimSuggestion } from '../../../../shared/claim-finder';

/**
 * One test per phenomenon of real news copy (issue 21). Each failed on the
 * finder before issue 21. The articles are short invented pieces in the
 * shapes the issue lists.
 */

function suggestionWith(text: string, needle: string, minScore = 0): ClaimSuggestion {
  const found = findClaims(text, { minScore }).find((s) => s.text.includes(needle));
  if (!found) throw new Error(`no suggestion contains “${needle}”`);
  expect(text.slice(found.start, found.end)).toBe(found.text);
  return found;
}

const article = (...paragraphs: string[]) => paragraphs.join('\n');

describe('the claim finder on real news copy', () => {
  it('credits reported speech with many verbs, not only "said"', () => {
    const cases: [string, string, string][] = [
      [
        'Finance Minister Radu Stoica warned that the deficit would reach 6 percent of output in 2024.',
        'deficit',
        'Radu Stoica',
      ],
      ['President Dariusz Olek vowed that his government would build 40,000 homes by 2026.', '40,000', 'Dariusz Olek'],
      [
        'Opposition leader Clara Munteanu denounced the budget as a cut of 300 million crowns to schools.',
        '300 million',
        'Clara Munteanu',
      ],
      ['Trade Minister Oriel Banu defended the fishing industry, which employs 85,000 people.', '85,000', 'Oriel Banu'],
      ['Local MP Daniel Ash urged ministers to repay the £20m lost by insurers in 2020.', '£20m', 'Daniel Ash'],
      ['Consumer group FairPay called on the company to refund 2.3 million customers.', '2.3 million', 'FairPay'],
      [
        'The Tarvonian government accused the firms of keeping 3,000 crew at sea without pay since 2016.',
        '3,000',
        'Tarvonian government',
      ],
      [
        'Consumer advocates estimate that the average household paid $1,400 too much over three years.',
        '$1,400',
        'Consumer advocates',
      ],
      ['The Supreme Court ruled that charges on 62,000 households in 2019 were unlawful.', '62,000', 'Supreme Court'],
      [
        'Mining Minister Tomas Herrera announced a concession worth $3.4 billion on Monday.',
        '$3.4 billion',
        'Tomas Herrera',
      ],
      [
        'Chief executive Fiona Marsh told Channel 7 that the company had spent $35 million on pipes.',
        '$35 million',
        'Fiona Marsh',
      ],
      [
        'Incident commander Rob Delgado added that 600 firefighters had been sent since Sunday.',
        '600 firefighters',
        'Rob Delgado',
      ],
      [
        'The port moved 48 million tonnes in 2025, according to the Skellna Port Authority.',
        '48 million',
        'Skellna Port Authority',
      ],
    ];
    for (const [text, needle, speaker] of cases) expect(suggestionWith(text, needle).speaker, text).toBe(speaker);
  });

  it('suggests "Country X has warned Country Y that it would \'strike back\' if …" at the default threshold, whole, with X as speaker', () => {
    const text = article(
      'Border row deepens',
      'Veltria has warned neighbouring Kosmar that it would "strike back" if military drones crossed its eastern border again.',
    );
    const warning = suggestionWith(text, 'strike back', 0.5);
    expect(warning).toMatchObject({ speaker: 'Veltria', speakerKind: 'organization', attributed: true });
    expect(warning.text.startsWith('Veltria has warned')).toBe(true);
  });

  it('resolves a pronoun and a surname to the most recent full mention in an earlier paragraph', () => {
    const text = article(
      'Orsava president defends crackdown',
      'Orsava’s President Viktor Daran has defended the police response to the protests over fuel prices.',
      'The protests began after the price of diesel doubled overnight.',
      'He also defended a curfew imposed on the capital on November 30, the seventh since 2019.',
      'Interior Ministry spokesperson Ana Novak gave the police figures.',
      'Novak said 140 officers had been injured since November 29.',
    );
    expect(suggestionWith(text, 'curfew')).toMatchObject({ speaker: 'Viktor Daran', speakerKind: 'person' });
    expect(suggestionWith(text, '140 officers')).toMatchObject({ speaker: 'Ana Novak', speakerKind: 'person' });
  });

  it('keeps the speaker of a quotation carried over paragraphs (an opening quote on each, a closing one only at the end)', () => {
    const text = article(
      'Minister warns of force',
      'Defence Minister Ilse Varga spoke in Aldmere on Monday.',
      '"We have shown restraint for six months, and we have filed eleven formal protests in that time.',
      '"Three drones crossed the border on Saturday alone.',
      '"That restraint is over," she said.',
    );
    expect(suggestionWith(text, 'eleven formal protests').speaker).toBe('Ilse Varga');
    expect(suggestionWith(text, 'Three drones').speaker).toBe('Ilse Varga');
  });

  it('keeps the subject of a plain sentence in the claim and gives it no speaker', () => {
    const text = article(
      'Sanctions',
      'The United States imposed sanctions on Friday against three shipping companies in Tarvonia, accusing them of keeping crews at sea for years.',
    );
    const claim = suggestionWith(text, 'sanctions on Friday', 0.5);
    expect(claim).toMatchObject({ speaker: null, attributed: false, speakerKind: null });
    expect(claim.text.startsWith('The United States imposed sanctions')).toBe(true);
  });

  it('names organisations, governments and unnamed groups whole, with their kind', () => {
    expect(
      suggestionWith(
        'Human rights groups said at least 60 activists had been arrested in the week before the vote.',
        '60 activists',
      ),
    ).toMatchObject({
      speaker: 'Human rights groups',
      speakerKind: 'organization',
    });
    const experts = article(
      'UN experts condemn killings',
      'A group of UN experts on Monday condemned the killings of 23 protesters since November 29.',
      '“The use of live ammunition against unarmed protesters broke the law 23 times,” the experts said in a statement.',
    );
    expect(suggestionWith(experts, 'live ammunition')).toMatchObject({
      speaker: 'UN experts',
      speakerKind: 'organization',
    });
    expect(
      suggestionWith(
        'The Veltrian defence ministry said the drones were destroyed within 20 minutes on Saturday.',
        '20 minutes',
      ),
    ).toMatchObject({
      speaker: 'Veltrian defence ministry',
      speakerKind: 'organization',
    });
  });

  it('never suggests captions, credits, datelines, agency lines, bylines, read-more links or "Source:" lines, and drops a dateline from the claim', () => {
    const text = article(
      'Veltria warns Kosmar over drones',
      'By Petra Lind',
      'Carlo Mendes / Norden Press December 14, 2021',
      'ALDMERE, Dec 13 (Norden Press) - Air defences shot down three drones near Kessel on Saturday, the ministry said.',
      'Soldiers inspect wreckage near Kessel, Veltria, December 12, 2021. Norden Press/Jan Moritz',
      'Air defences shot down three drones near Kessel on Saturday [File: Jan Moritz/Norden Press]',
      'READ MORE:',
      'Kosmar recalls its ambassador after 2021 border clash',
      'Published On 13 Dec 2021',
      'Source: Meridian and news agencies',
      '(Reporting by Petra Lind; Editing by Gareth Moss)',
    );
    const suggestions = findClaims(text, { minScore: 0 });
    expect(suggestions.map((s) => s.text)).toEqual(['Air defences shot down three drones near Kessel on Saturday']);
  });

  it('takes a paragraph opening with "More than" or "Related to" as copy, not a read-more link', () => {
    const text = article(
      'Floods close Kessel bridge',
      'More than 3,000 people were moved from their homes in Kessel on Sunday, the city council said.',
      'Related to the closure, the ferry service added two crossings an hour, the operator said.',
      'More: Kessel bridge to stay shut until spring',
    );
    const suggested = findClaims(text, { minScore: 0 }).map((s) => s.text);
    expect(suggested.some((claim) => claim.startsWith('More than 3,000 people were moved'))).toBe(true);
    expect(suggested.some((claim) => claim.includes('the ferry service added two crossings'))).toBe(true);
    expect(suggested.some((claim) => claim.includes('stay shut until spring'))).toBe(false);
  });

  it('still suggests the copy of a short article that ends with a read-more link (not a header above it)', () => {
    const text = article(
      'Floods close Kessel bridge',
      'Over 3,000 people were moved from their homes in Kessel on Sunday, the city council said.',
      'The ferry service added two crossings an hour, the operator said.',
      'READ MORE: Kessel bridge to stay shut until spring',
    );
    expect(findClaims(text, { minScore: 0 }).map((s) => s.text)).toEqual([
      'Over 3,000 people were moved from their homes in Kessel on Sunday',
      'The ferry service added two crossings an hour',
    ]);
  });

  it('suggests a duplicated paragraph once', () => {
    const paragraph =
      'At least 23 people have been killed since the protests began on November 29, according to the Orsava Human Rights Centre.';
    const text = article(
      'Protests',
      paragraph,
      'Police said 140 officers had been injured in the same period.',
      paragraph,
    );
    expect(findClaims(text).filter((s) => s.text.startsWith('At least 23 people'))).toHaveLength(1);
  });

  it('does not take scene-setting as the claim: "In comments that lasted 15 minutes on Sunday, Daran said …"', () => {
    const text = article(
      'Daran speaks',
      'Orsava’s President Viktor Daran spoke on state television.',
      'In comments that lasted roughly 15 minutes on state television on Sunday evening, Daran said 140 police officers had been injured.',
    );
    expect(suggestionWith(text, '140 police officers')).toMatchObject({
      text: '140 police officers had been injured',
      speaker: 'Viktor Daran',
    });
  });
});
