/**
 * How many passages hold each term. Used to pick a claim's selective terms
 * for retrieval (a term in a tenth of all passages finds nothing in
 * particular and makes the search slow) and to weight terms by rarity.
 */
export class TermStatistics {
  private readonly passagesWith = new Map<string, number>();
  passageCount = 0;

  add(terms: readonly string[], sign: 1 | -1 = 1): void {
    this.passageCount += sign;
    for (const term of new Set(terms)) this.passagesWith.set(term, (this.passagesWith.get(term) ?? 0) + sign);
  }

  frequency(term: string): number {
    return this.passagesWith.get(term) ?? 0;
  }

  /** Inverse document frequency, as BM25 computes it. */
  idf(term: string): number {
    const frequency = this.frequency(term);
    return Math.log(1 + (this.passageCount - frequency + 0.5) / (frequency + 0.5));
  }

  /**
   * The terms worth searching for: those in at most `maxShare` of passages,
   * and never fewer than the `minimum` rarest ones present.
   */
  selective(terms: readonly string[], maxShare: number, minimum: number): string[] {
    const present = terms
      .filter((term) => this.frequency(term) > 0)
      .sort((a, b) => this.frequency(a) - this.frequency(b));
    const limit = Math.max(50, maxShare * this.passageCount);
    return present.filter((term, rank) => rank < minimum || this.frequency(term) <= limit);
  }
}
