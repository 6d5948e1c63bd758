import { describe, expect, it } from 'vitest';
import { sameEntity } from '../../../../bench/same-entity';

describe("the bench's looser speaker match (same person or body, another form)", () => {
  it.each([
    ['Declan Furlong', 'Independent TD Declan Furlong'],
    ['Marieke van der Linde', 'Linde'],
    ['Brightwater Foods', 'Brightwater'],
    ['U.S. Department of Housing and Urban Development', 'HUD'],
    ['Nurses and Midwives Organisation of Ireland', 'NMOI'],
    ['White House official', 'White House official who requested anonymity'],
  ])('takes “%s” and “%s” for one speaker', (label, got) => {
    expect(sameEntity(label, got)).toBe(true);
  });

  it.each([
    ['Kerry Dawes', 'Alison Greer'],
    ['pal of Sloane Vandermolen', 'pal of the ballerina'],
    ['Anjali Deshmukh', 'SP'],
    ['Julie Foyle', 'daughter'],
    ['Housing Authority', null],
    [null, 'Veltria'],
  ])('tells “%s” and “%s” apart', (label, got) => {
    expect(sameEntity(label, got)).toBe(false);
  });
});
