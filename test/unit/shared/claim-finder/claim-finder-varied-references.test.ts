import { describe, expect, it } from 'vitest';
import { article, speakerOf } from '../../helpers/finder-speakers';

/**
 * Speakers on real news copy, issue 21: copy names a body once, then varies the words it uses for it ("the energy
 * regulator", "the country's coast guard"). Those later words are the body named before. Each test failed on the
 * finder before its fix; the copy is invented for the tests.
 */

describe('a description sharing a telling word with a body named before', () => {
  it('reads "the ambulance service" as the Westmoor Ambulance Trust, and "the energy regulator" as the authority', () => {
    const text = article(
      'Tram derails',
      'Eleven people were hurt when a tram left the rails on Tuesday, Westmoor Ambulance Trust said.',
      'The Energy Markets Authority published a report on Monday.',
      'Four of the injured are in a serious condition, the ambulance service said.',
      'The energy regulator said it had fined Northline £3m in 2024.',
    );
    expect(speakerOf(text, 'serious condition')).toEqual({
      speaker: 'Westmoor Ambulance Trust',
      speakerKind: 'organization',
    });
    expect(speakerOf(text, 'fined Northline').speaker).toBe('Energy Markets Authority');
  });

  it('never takes a business for a public word, nor a telling word the body lacks', () => {
    const text = article(
      'Blackout',
      'Grid Energy Supply said 40,000 homes lost power on Monday.',
      'The energy regulator said it had opened 3 investigations this year.',
      'The health authority said 12 patients were moved.',
    );
    expect(speakerOf(text, '3 investigations').speaker).toBe('energy regulator');
    expect(speakerOf(text, '12 patients').speaker).toBe('health authority');
  });

  it('reads a description in apposition before a name as that name, in its own sentence too', () => {
    const text = article(
      'Blockade',
      'Farmers blocked 14 roads on Monday.',
      'According to the national road transport federation, TransLor, its members are losing €4 million a day.',
      'The federation said 300 lorries were stuck at the border.',
    );
    expect(speakerOf(text, '€4 million').speaker).toBe('TransLor');
    expect(speakerOf(text, '300 lorries').speaker).toBe('TransLor');
  });
});

describe('"the watchdog" and "the band"', () => {
  it('reads "the watchdog" as the public body named before, never the firm it looks into', () => {
    const text = article(
      'Inquest',
      'The Police Standards Authority said two officers had been served with misconduct notices.',
      'Harwell Security said 14 of its guards had been retrained.',
      'The watchdog said it had passed a file to prosecutors in October.',
    );
    expect(speakerOf(text, 'passed a file').speaker).toBe('Police Standards Authority');
  });

  it('reads "the band" as the band named with that word', () => {
    const text = article(
      'Tour bus crash',
      'A bus carrying the country band Copper Creek overturned on Sunday, injuring 6 people.',
      'The band said the rest of its tour, eight dates, had been canceled.',
    );
    expect(speakerOf(text, 'eight dates')).toEqual({ speaker: 'Copper Creek', speakerKind: 'organization' });
  });
});

describe('"the country" is the country the copy named', () => {
  it('in the dateline', () => {
    const text = article(
      'Boat capsizes',
      "PORTO ALTO, Veressa (EPN) — At least 31 people were missing on Tuesday, the country's coast guard said.",
      'The coast guard said the boat had been held over safety faults in November.',
    );
    expect(speakerOf(text, '31 people')).toEqual({ speaker: "Veressa's coast guard", speakerKind: 'organization' });
    expect(speakerOf(text, 'safety faults').speaker).toBe("Veressa's coast guard");
  });

  it('in the sentence itself, before the dateline', () => {
    const text = article(
      'Envoy recalled',
      'DORVAL, Velmora (Agency) — Velmora recalled its ambassador on Wednesday.',
      "The river supplies about 40 percent of Karsk's drinking water, according to the country's environment agency.",
    );
    expect(speakerOf(text, '40 percent').speaker).toBe("Karsk's environment agency");
  });

  it('where the story put things, with no dateline', () => {
    const text = article(
      'Volcano erupts in Tarquena',
      'More than 12,000 people have been evacuated from villages in southern Tarquena.',
      "Tarquena's glaciers have shrunk by a third since 1990.",
      "The country's civil protection agency said the eruption began at 04:20.",
    );
    expect(speakerOf(text, '04:20').speaker).toBe("Tarquena's civil protection agency");
  });

  it('and stays "the country" when the copy never named one', () => {
    const text = article('Fisheries', "Exports fell by 12% last year, according to the country's fisheries agency.");
    expect(speakerOf(text, '12%').speaker).toBe("country's fisheries agency");
  });
});
