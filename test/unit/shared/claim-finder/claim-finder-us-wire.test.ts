import { describe, expect, it } from 'vitest';
import { findClaims } from '../../../../shared/claim-finder';
import { metaKindOf } from '../../../../shared/article/structure/block-kinds';
import { article, speakerOf } from '../../helpers/finder-speakers';

/**
 * US wire conventions the earlier copy lacked: a dateline with the agency and no comma ("WASHINGTON (AP) — "), a
 * lawmaker's party and state in abbreviations ("Sen. Ana Ruiz, D-N.M., said"), and the agency's closing credit
 * line. Each test failed on the finder before this change.
 */

describe('US wire copy', () => {
  it('drops "WASHINGTON (AP) — " from the claim and from the speaker', () => {
    const text = article(
      'Panel subpoenas drugmaker',
      'WASHINGTON (AP) — A Senate committee on Thursday subpoenaed Corvo Pharma, saying the company had raised its insulin price 11 times since 2019.',
    );
    const claim = findClaims(text, { minScore: 0 }).find((suggestion) => suggestion.text.includes('11 times'));
    expect(claim?.text).toBe('the company had raised its insulin price 11 times since 2019');
    expect(claim?.speaker).toBe('Senate committee');
  });

  it('reads "Sen. Ana Ruiz, D-N.M., who chairs the panel, said …" as one sentence with Ana Ruiz as the speaker', () => {
    const text = article(
      'Panel subpoenas drugmaker',
      'Sen. Ana Ruiz, D-N.M., who chairs the panel, said the company had ignored 14 requests for documents.',
      'Rep. Tom Hale, R-Calif., said the inquiry had cost $2 million.',
    );
    expect(speakerOf(text, '14 requests')).toEqual({ speaker: 'Ana Ruiz', speakerKind: 'person' });
    expect(speakerOf(text, '$2 million')).toEqual({ speaker: 'Tom Hale', speakerKind: 'person' });
    expect(findClaims(text, { minScore: 0 }).some((suggestion) => /^M\.|D-N$/.test(suggestion.text))).toBe(false);
  });

  it('takes "Associated Press writer … contributed to this report." and "Contributing: …" as credits, never claims', () => {
    expect(metaKindOf('Associated Press writer Kim Lee in Chicago contributed to this report.')).toBe('boilerplate');
    expect(metaKindOf('Contributing: Ana Ruiz, Tom Hale')).toBe('boilerplate');
    expect(metaKindOf('Ruiz contributed $4,000 to the campaign in 2022, records show.')).toBeNull();
  });
});
