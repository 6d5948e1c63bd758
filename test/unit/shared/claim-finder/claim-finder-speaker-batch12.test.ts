import { describe, expect, it } from 'vitest';
import { article, speakerOf } from '../../helpers/finder-speakers';

/**
 * Speakers on real news copy, issue 21 (rules that generalise): fixes for what the blind twelfth dev batch
 * (international desk) showed the finder getting wrong. Each test failed on the finder before its fix. The copy is
 * invented for the tests and differs from the corpus articles.
 */

describe('a trailing frame with an appositive subject', () => {
  it('reads "…, his wife, Hana Ruiz, told Radio Merel" as Hana Ruiz, never the outlet she told', () => {
    const text = article(
      'Ferry strike',
      'The ferry was held at the quay for six hours on Monday, his wife, Hana Ruiz, told Radio Merel.',
      'The port had been shut twice before, the harbour master, Ola Berg, told The Courier.',
      'Nine crew members have not been paid since June, their union leader, Petra Lind, told Northline on Friday.',
      'Two of the cranes were broken, a dock worker, Sam Greer, told Channel 9 News.',
    );
    expect(speakerOf(text, 'six hours')).toEqual({ speaker: 'Hana Ruiz', speakerKind: 'person' });
    expect(speakerOf(text, 'shut twice')).toEqual({ speaker: 'Ola Berg', speakerKind: 'person' });
    expect(speakerOf(text, 'Nine crew')).toEqual({ speaker: 'Petra Lind', speakerKind: 'person' });
    expect(speakerOf(text, 'cranes')).toEqual({ speaker: 'Sam Greer', speakerKind: 'person' });
  });
});
