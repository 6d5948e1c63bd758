/** Quotation regions of one block: where the quoted words start and end (quote marks excluded). */
export interface Quotation {
  start: number;
  end: number;
  /** False when the quotation runs to the end of its block without a closing mark. */
  closed: boolean;
  /**
   * Wire style carries a quotation over paragraphs: each opens with a quote
   * mark, only the last one closes. The quotation this one continues, and the
   * one that continues it.
   */
  continues?: Quotation;
  continuedBy?: Quotation;
  /** A paragraph that opens with a quotation and names no speaker goes on from the quotation of the paragraph before. */
  follows?: Quotation;
}

const OPENING = new Set(['“', '"']);
const CLOSING = new Set(['”', '"']);

/**
 * Pairs quotation marks left to right. A straight quote opens when it follows
 * a space, a bracket or the block start, and closes otherwise; an unclosed
 * quotation runs to the end of the block.
 */
export function quotationsIn(text: string, offset: number): Quotation[] {
  const quotations: Quotation[] = [];
  let openAt = -1;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    const before = index === 0 ? ' ' : text[index - 1];
    const opens = char === '“' || (char === '"' && /[\s([{—–-]/.test(before));
    if (openAt < 0 && OPENING.has(char) && opens) openAt = index + 1;
    else if (openAt >= 0 && CLOSING.has(char) && !opens) {
      quotations.push({ start: offset + openAt, end: offset + index, closed: true });
      openAt = -1;
    }
  }
  if (openAt >= 0) quotations.push({ start: offset + openAt, end: offset + text.length, closed: false });
  return quotations;
}

/** Links a block's opening quotation to the previous block's unclosed one (a quotation carried over paragraphs). */
export function linkContinuedQuotation(
  previous: readonly Quotation[],
  current: readonly Quotation[],
  currentBlockStart: number,
): void {
  const last = previous[previous.length - 1];
  const first = current[0];
  if (!last || !first || first.start !== currentBlockStart + 1) return;
  first.follows = last;
  if (last.closed) return;
  first.continues = last;
  last.continuedBy = first;
}
