import { describe, expect, it } from 'vitest';
import { buildEvidenceIndex, suggestEvidence } from '../../../../shared/evidence/evidence-index';

/** A source and a claim that repeat one term thousands of times (a garbled paste) must not freeze the evidence panel. */

describe('evidence for repetitive text', () => {
  it('ranks a 19,000-character run of one term against a long claim of it quickly', () => {
    const source = '% '.repeat(9_500);
    const index = buildEvidenceIndex([{ id: 'garbled', text: source }]);
    const started = performance.now();
    const [best] = suggestEvidence(index, source.slice(0, 2_000));
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(best.sourceId).toBe('garbled');
  });
});
