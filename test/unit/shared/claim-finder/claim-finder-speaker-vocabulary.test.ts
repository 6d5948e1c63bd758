import { describe, expect, it } from 'vitest';
import { article, speakerOf } from '../../helpers/finder-speakers';

/**
 * Speakers on real news copy, issue 21: the words a speaker's name is made of, from general knowledge of how
 * newsrooms name people and bodies rather than from any one batch of copy. Each test failed on the finder before
 * its fix. The copy is invented for the tests.
 */

describe('bodies named with a head the lists lacked', () => {
  it('reads a coalition, a consortium and a research house as bodies, whole', () => {
    const text = article(
      'Shootings',
      'The Harbour Justice Coalition, a civil rights group, said police had shot 3 people since May.',
      'The Northgate Energy Consortium said 1,200 homes had lost power.',
    );
    expect(speakerOf(text, 'police had shot')).toEqual({
      speaker: 'Harbour Justice Coalition',
      speakerKind: 'organization',
    });
    expect(speakerOf(text, '1,200 homes')).toEqual({
      speaker: 'Northgate Energy Consortium',
      speakerKind: 'organization',
    });
  });
});

describe('an occupation before a person whose given name the lists do not know', () => {
  it('drops "Meteorologist", "Epidemiologist" and "Pharmacist" from the name', () => {
    const text = article(
      'Storm',
      'Meteorologist Dana Kowalski said the tornado was on the ground for 31 minutes.',
      'Epidemiologist Robin Okoro said 40 cases had been confirmed.',
      'Pharmacist Sasha Lind said the shop had been robbed 3 times this year.',
    );
    expect(speakerOf(text, '31 minutes')).toEqual({ speaker: 'Dana Kowalski', speakerKind: 'person' });
    expect(speakerOf(text, '40 cases').speaker).toBe('Robin Okoro');
    expect(speakerOf(text, 'robbed 3 times').speaker).toBe('Sasha Lind');
  });
});

describe('a firm named "Capital", and a headline that uses its short name', () => {
  it('credits "Harwick said" to Harwick Capital, a body, though the headline said "Harwick" first', () => {
    const text = article(
      'Marlow raises bid for Lanyard to £4bn',
      'Marlow Capital has raised its offer for Lanyard Insurance to £4bn.',
      'In a statement, Marlow said it had been refused access to the books 3 times.',
    );
    expect(speakerOf(text, 'refused access')).toEqual({ speaker: 'Marlow Capital', speakerKind: 'organization' });
  });

  it('does not read "the capital, Tessin" as a body', () => {
    const text = article(
      'Expulsions',
      "Dorea's embassy in the Marvian capital, Tessin, said 4 diplomats had been expelled.",
    );
    expect(speakerOf(text, '4 diplomats').speaker).toBe("Dorea's embassy");
  });
});
