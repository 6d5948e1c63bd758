import { describe, expect, it } from 'vitest';
import { article, speakerOf } from '../../helpers/finder-speakers';

/**
 * Speakers on real news copy, issue 21: an act followed by "ruling that …" or "citing …" gives the ruling or the
 * reason in the actor's words (the guide: a ruling is kind 4, "citing" is read like "saying"), and a wire dateline
 * may join two places with a slash. Each test failed on the finder before its fix; the copy is invented.
 */

describe('an act with its ruling or its reason', () => {
  it('credits the judge or the ministry that acted, ruling that …', () => {
    const text = article(
      'Water',
      'Judge Nomvula Dlamini granted the application on Tuesday, ruling that the municipality had failed 3,000 households.',
      "Norvaal's commerce ministry imposed duties of 41% on Wednesday, ruling that producers had sold wine below cost.",
    );
    expect(speakerOf(text, '3,000 households')).toEqual({ speaker: 'Nomvula Dlamini', speakerKind: 'person' });
    expect(speakerOf(text, 'duties of 41%').speaker).toBe("Norvaal's commerce ministry");
  });

  it('credits a body that acted, citing its reason', () => {
    const text = article(
      'Fuel',
      'The Energy Regulatory Authority raised the price of diesel by 19 shillings a litre, citing a 12% rise in import costs.',
    );
    expect(speakerOf(text, '19 shillings').speaker).toBe('Energy Regulatory Authority');
  });
});

describe('an order', () => {
  it('is a ruling from a court, and no speech from anyone else', () => {
    const text = article(
      'Water',
      'The Free State High Court has ordered the municipality to restore running water to 3,000 homes within 72 hours.',
      'Mayor Thabo Nkosi ordered 40 new water tankers on Monday.',
    );
    expect(speakerOf(text, '3,000 homes')).toEqual({ speaker: 'Free State High Court', speakerKind: 'organization' });
    expect(speakerOf(text, '40 new water tankers').speaker).toBeNull();
  });
});

describe('a dateline joining two places', () => {
  it('is no speaker: "STRANDHAVN/SAN TELMO, Dec 2 (Kerran Press) -"', () => {
    const text = article(
      'Wine duties',
      "STRANDHAVN/SAN TELMO, Dec 2 (Kerran Press) - Norvaal's commerce ministry imposed duties of up to 41% on Wednesday, ruling that producers had sold wine below cost.",
    );
    expect(speakerOf(text, 'duties of up to 41%').speaker).toBe("Norvaal's commerce ministry");
  });
});

describe('a union local, and a second verb of the same subject', () => {
  it('reads a union local named with its number as the body, after its aside', () => {
    const text = article(
      'Hauling contract',
      'Local 412 of the Sanitation Workers Union, which represents 51 drivers, said the new hauler pays $4 an hour less.',
      'Amalgamated Transit Workers Local 1187 said 38 driver positions would go.',
    );
    expect(speakerOf(text, '$4 an hour')).toEqual({
      speaker: 'Local 412 of the Sanitation Workers Union',
      speakerKind: 'organization',
    });
    expect(speakerOf(text, '38 driver positions').speaker).toBe('Amalgamated Transit Workers Local 1187');
  });

  it('never takes "and" for the subject of "…, and said …"', () => {
    const text = article(
      'Grants',
      'The Clean Heat Payments Agency said 88% of claims had now been paid.',
      'It blamed the delays on incomplete claims, and said it had hired 60 extra assessors.',
    );
    expect(speakerOf(text, '60 extra assessors').speaker).toBe('Clean Heat Payments Agency');
  });
});
