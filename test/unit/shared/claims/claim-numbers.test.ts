import { describe, expect, it } from 'vitest';
import { newClaim } from '../../../../shared/claims/claim-factory';
import { firstFreeNumber, withUniqueNumbers } from '../../../../shared/claims/claim-numbers';
import { parseProjectText, serializeProject } from '../../../../shared/project/project-file';
import { createEmptyProject } from '../../../../shared/project/new-project';
import type { Claim } from '../../../../shared/project/schema';

const claim = (id: string, number: number): Claim =>
  newClaim(id, 'text', 'Ana', new Date('2026-11-22T00:00:00Z'), number);

describe('permanent claim numbers', () => {
  it('the next number is past the counter and past every claim (a deleted claim’s number is not given again)', () => {
    expect(firstFreeNumber(1, [])).toBe(1);
    expect(firstFreeNumber(9, [claim('a', 1), claim('b', 4)])).toBe(9);
    expect(firstFreeNumber(3, [claim('a', 1), claim('b', 7)])).toBe(8);
  });

  it('gives claims without a number, or sharing one, the next free numbers and says so', () => {
    const result = withUniqueNumbers([claim('a', 2), claim('b', 0), claim('c', 2)], 5);
    expect(result.claims.map((c) => [c.id, c.number])).toEqual([
      ['a', 2],
      ['b', 5],
      ['c', 6],
    ]);
    expect(result.nextClaimNumber).toBe(7);
    expect(result.renumbered).toEqual([
      { id: 'b', from: 0, to: 5 },
      { id: 'c', from: 2, to: 6 },
    ]);
  });

  it('a hand-edited file with a claim missing its number opens, numbered, with the repair listed', () => {
    const project = {
      ...createEmptyProject(new Date('2026-11-22T00:00:00Z')),
      claims: [claim('a', 3)],
      nextClaimNumber: 4,
    };
    const doc = JSON.parse(serializeProject(project));
    delete doc.claims[0].number;
    const parsed = parseProjectText(JSON.stringify(doc));
    if (!parsed.ok) throw new Error(parsed.problem);
    expect(parsed.project.claims[0].number).toBe(4);
    expect(parsed.project.nextClaimNumber).toBe(5);
    expect(parsed.repairs).toEqual(['The claim “a” had no number; it is now claim 4.']);
  });
});
