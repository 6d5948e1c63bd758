import type * as Y from 'yjs';

/**
 * Writes `next` into a Y.Text as the smallest single replacement (common
 * start and end kept), so that two people editing different parts of a note
 * at once both keep their words after a merge.
 */
export function setText(text: Y.Text, next: string): void {
  const current = text.toString();
  if (current === next) return;
  let start = 0;
  const shorter = Math.min(current.length, next.length);
  while (start < shorter && current.charCodeAt(start) === next.charCodeAt(start)) start += 1;
  let end = 0;
  while (
    end < shorter - start &&
    current.charCodeAt(current.length - 1 - end) === next.charCodeAt(next.length - 1 - end)
  )
    end += 1;
  // Never split a surrogate pair between the kept and the replaced part.
  if (start > 0 && isHighSurrogate(current.charCodeAt(start - 1))) start -= 1;
  if (end > 0 && isLowSurrogate(current.charCodeAt(current.length - end))) end -= 1;
  const removed = current.length - start - end;
  if (removed > 0) text.delete(start, removed);
  const inserted = next.slice(start, next.length - end);
  if (inserted) text.insert(start, inserted);
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;
