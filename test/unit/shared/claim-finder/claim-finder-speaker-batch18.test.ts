import { describe, expect, it } from 'vitest';
import { article, speakerOf } from '../../helpers/finder-speakers';

/**
 * Speakers on real news copy, issue 21: what the blind eighteenth dev batch (education, transport and public services;
 * US news) showed the finder getting wrong, where the fix is general. Each test failed on the finder before its fix.
 * The copy is invented for the tests and differs from the corpus articles.
 */

describe('a part of the day before who', () => {
  it('reads "Last night a council source said" and "This morning the minister said"', () => {
    const text = article(
      'Spa awayday',
      'Housing Minister Rhona Gill visited the estate on Monday.',
      'Last night a council source said 14 directors had gone on the trip.',
      'This morning the minister said that 300 homes would be repaired by March.',
    );
    expect(speakerOf(text, '14 directors')).toEqual({ speaker: 'council source', speakerKind: 'person' });
    expect(speakerOf(text, '300 homes').speaker).toBe('Rhona Gill');
  });
});
