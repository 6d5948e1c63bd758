/** Quotation regions of one block: where the quoted words start and end (quote marks excluded). */
export interface Quotation {
  start: number;
  end: number;
}

const OPENING = new Set(['“', '"']);
const CLOSING = new Set(['”', '"']);

/**
 * Pairs quotation marks left to right. A straight quote opens when it follows
 * a space, a bracket or the block start, and closes otherwise; an unclosed
 * quotation runs to the end of the block (a quote continued in the next
 * paragraph often omits the closing mark).
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
      quotations.push({ start: offset + openAt, end: offset + index });
      openAt = -1;
    }
  }
  if (openAt >= 0) quotations.push({ start: offset + openAt, end: offset + text.length });
  return quotations;
}
