import { describe, expect, it } from 'vitest';
import { evidenceTerms } from '../../../../shared/evidence/terms';

/** A source or claim with a run of letters pasted without spaces must not freeze the evidence index for seconds. */

describe('evidence terms of overlong words', () => {
  it('reads a 19,000-letter word quickly, as one term', () => {
    const word = 'ab'.repeat(9_500);
    const started = performance.now();
    expect(evidenceTerms(`Rates rose ${word}`)).toEqual(['rate', 'rose', word]);
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('still stems words of ordinary length', () => {
    expect(evidenceTerms('the councils were investigating')).toEqual(['council', 'investig']);
  });
});
