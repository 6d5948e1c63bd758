import { describe, expect, it } from 'vitest';
import {
  collaboratorsIn,
  colourFor,
  openByLabel,
  openByShort,
  openClaims,
  PRESENCE_COLOURS,
} from '../../../../shared/collab/presence';

describe('presence', () => {
  it('gives a name the same colour every time, from the palette, and spreads names over it', () => {
    expect(colourFor('Ana Ortiz')).toBe(colourFor('Ana Ortiz'));
    expect(PRESENCE_COLOURS).toContain(colourFor('Ana Ortiz'));
    const names = ['Ana Ortiz', 'Chris Lund', 'Edith Mensah', 'Rita Sousa', 'Tom Visitor', 'Lea Brandt'];
    expect(new Set(names.map(colourFor)).size).toBeGreaterThan(3);
  });

  it('lists everyone but this window, by name, leaving out states without a name', () => {
    const states = new Map<number, Record<string, unknown>>([
      [1, { name: 'Me', color: '#000' }],
      [7, { name: 'Chris Lund', role: 'checker', openClaim: 'clm_2', anchorPos: null }],
      [3, { name: 'Ana Ortiz', color: '#1f6fd1', role: 'editor' }],
      [9, {}],
      [4, { name: '  ' }],
    ]);
    expect(collaboratorsIn(states, 1)).toEqual([
      { clientId: 3, name: 'Ana Ortiz', color: '#1f6fd1', role: 'editor', openClaim: null },
      { clientId: 7, name: 'Chris Lund', color: colourFor('Chris Lund'), role: 'checker', openClaim: 'clm_2' },
    ]);
  });

  it('groups who has which claim open, and names them on the dot', () => {
    const people = collaboratorsIn(
      new Map([
        [2, { name: 'Ana Ortiz', openClaim: 'clm_1' }],
        [3, { name: 'Chris Lund', openClaim: 'clm_1' }],
        [4, { name: 'Rita Sousa', openClaim: 'clm_2' }],
        [5, { name: 'Ana Ortiz', openClaim: 'clm_1' }],
      ]),
      1,
    );
    const byClaim = openClaims(people);
    expect(openByLabel(byClaim.get('clm_1')!)).toBe('Open by Ana Ortiz and Chris Lund');
    expect(openByLabel(byClaim.get('clm_2')!)).toBe('Open by Rita Sousa');
    expect(openByLabel([{ name: 'A' }, { name: 'B' }, { name: 'C' }])).toBe('Open by A, B and C');
    expect(openByShort(byClaim.get('clm_1')!)).toBe('Ana, Chris');
  });
});
