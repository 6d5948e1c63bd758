import { describe, expect, it } from 'vitest';
import { article, speakerOf } from '../../helpers/finder-speakers';

/**
 * Speakers on real news copy, issue 21: a speaker written as the copy first names them — "state" kept where it says
 * whose department, "the city's" and "the Department" read as the body they stand for, a title dropped, and names
 * in any alphabet read whole. Each test failed on the finder before its fix; the copy is invented for the tests.
 */

describe('a body named as the copy writes it', () => {
  it('keeps "state" before a state body\'s name', () => {
    const text = article(
      'Bridge closed',
      'A spokesperson for the state Department of Transportation says the department received 212 applications in 2025.',
      'Crashes on the road rose 12% last year, according to the state Highway Patrol.',
    );
    expect(speakerOf(text, '212 applications')).toEqual({
      speaker: 'state Department of Transportation',
      speakerKind: 'organization',
    });
    expect(speakerOf(text, 'rose 12%').speaker).toBe('state Highway Patrol');
  });

  it('reads "the city\'s Office of …" as the dateline city\'s', () => {
    const text = article(
      'Rent cap struck down',
      'HARLAN FALLS, Wash. (CSP) — A judge on Tuesday struck down the city’s cap on rent increases.',
      "About 58% of households rent their homes, according to the city's Office of Housing Stability.",
    );
    expect(speakerOf(text, '58% of households').speaker).toBe("Harlan Falls' Office of Housing Stability");
  });

  it('reads "the Department" as the department named in full before', () => {
    const text = article(
      'Prefabs',
      'The Department of Education says the extension will go to tender next year.',
      'A spokesperson for the Department adds that more than €1.2 million has been spent renting prefabs since 2010.',
    );
    expect(speakerOf(text, '€1.2 million').speaker).toBe('Department of Education');
  });

  it('takes a possessive owner\'s words as telling ("the importers\' body")', () => {
    const text = article(
      'Bananas',
      'The Fresh Produce Importers’ Association said prices had doubled since March.',
      "Brits eat around five billion bananas a year, according to the importers' body.",
    );
    expect(speakerOf(text, 'five billion').speaker).toBe('Fresh Produce Importers’ Association');
  });

  it('never takes a month for the country "the country" means', () => {
    const text = article(
      'Tanker seized',
      "Qarsan's navy has seized an oil tanker in the Hamza Strait, its third seizure since it began patrols in October.",
      "The country's navy says the tanker was carrying 90,000 tonnes of fuel oil.",
    );
    expect(speakerOf(text, '90,000 tonnes').speaker).toBe("Qarsan's navy");
  });
});

describe('a person named as the copy writes them', () => {
  it('drops "Principal" before the name', () => {
    const text = article(
      'Prefabs',
      'Principal Dearbhla Kelly said the school turned away 31 applications this September.',
    );
    expect(speakerOf(text, '31 applications')).toEqual({ speaker: 'Dearbhla Kelly', speakerKind: 'person' });
  });

  it('reads a name whose accented letters end in "in" or "on" as a name, not a preposition', () => {
    const text = article(
      'Prefabs',
      'Dearbhla Ní Fhaoláin said the school turned away 31 applications this September.',
      'José Antón said the club had sold 4,000 season tickets.',
    );
    expect(speakerOf(text, '31 applications').speaker).toBe('Dearbhla Ní Fhaoláin');
    expect(speakerOf(text, '4,000 season tickets').speaker).toBe('José Antón');
  });
});
