import { describe, expect, it } from 'vitest';
import { findClaims } from '../../../../shared/claim-finder';
import { blockRoles } from '../../../../shared/article/structure/article-layout';

/**
 * A checker often pastes a story without its headline (copied from below the title on a web page, or the body of
 * an imported article). Its lead paragraph is then the first block, with a caption or byline a few blocks down:
 * the lead must stay text, never be read as a headline (whose claims are never suggested) with the second
 * paragraph as its standfirst.
 */

const PORT_STORY = [
  'PORT HALLEN, March 4 (Nordwire) - The Hallen Port Authority said on Tuesday it would close two of its four container berths for eight weeks from April, cutting capacity by about 40 percent.',
  'Harbour master Ingrid Solberg told reporters the closure was needed to repair quay walls damaged in January storms.',
  '"If we wait another winter, we will lose a berth for a year," Solberg added.',
  'Shipping group Veltra Lines warned that the closure would add up to three days to some deliveries.',
  'Photo: Harbour cranes at Port Hallen on Monday. (Nordwire/Lars Berg)',
  'The authority handled 1.2 million containers last year, according to its annual report.',
].join('\n');

const FIRE_STORY = [
  'By Tess Wendell, Ridge Country News',
  'Posted Tue 4 Mar 2025 at 6:40am, updated Tue 4 Mar 2025 at 11:05am',
  'About 1,800 residents of Kelloway were told to leave their homes on Monday night as a grass fire jumped the highway north of the town.',
  'Incident controller Marta Vos said the fire had burnt 4,100 hectares and was moving east at about two kilometres an hour.',
  '"We expect a long night," she said.',
  'Smoke over the Kelloway hills on Monday evening. (RCN: Dev Amari)',
].join('\n');

const suggested = (text: string, words: string) =>
  findClaims(text).find((claim) => text.slice(claim.start, claim.end).includes(words));

describe('a story pasted without its headline', () => {
  it('suggests the dateline lead and the paragraph after it, with their speakers', () => {
    expect(suggested(PORT_STORY, 'close two of its four container berths')?.speaker).toBe('Hallen Port Authority');
    expect(suggested(PORT_STORY, 'needed to repair quay walls')?.speaker).toBe('Ingrid Solberg');
  });

  it('suggests the lead under a byline and timestamp, and the paragraph after it', () => {
    expect(suggested(FIRE_STORY, '1,800 residents of Kelloway')).toBeDefined();
    expect(suggested(FIRE_STORY, 'burnt 4,100 hectares')?.speaker).toBe('Marta Vos');
  });

  it('reads a dateline opening or a long sentence with its full stop as text, a headline as a headline', () => {
    expect(blockRoles(PORT_STORY.split('\n')).slice(0, 2)).toEqual(['text', 'text']);
    expect(blockRoles(FIRE_STORY.split('\n')).slice(2, 4)).toEqual(['text', 'text']);
    const withHeadline = ['Port to shut two berths for repairs', ...PORT_STORY.split('\n')];
    expect(blockRoles(withHeadline).slice(0, 2)).toEqual(['headline', 'text']);
  });
});
