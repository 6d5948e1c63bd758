import { escapeRegExp } from '../../../shared/util/escape-regexp';

/**
 * Cuts a source text into runs that share the same marks (search matches,
 * the current match, highlighted excerpts), so the viewer can render each run
 * as one span that knows its offset into source.text.
 */

export interface MarkedRange {
  start: number;
  end: number;
  className: string;
  /** Said where the range begins (e.g. "Claim 4 · Supports"). */
  label?: string;
}

export interface TextSegment {
  start: number;
  end: number;
  classNames: string[];
  /** Labels of the ranges that begin with this segment. */
  labels: string[];
}

export function segmentText(length: number, ranges: readonly MarkedRange[]): TextSegment[] {
  const cuts = new Set([0, length]);
  for (const range of ranges) {
    cuts.add(Math.max(0, Math.min(length, range.start)));
    cuts.add(Math.max(0, Math.min(length, range.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: TextSegment[] = [];
  for (let index = 0; index + 1 < points.length; index++) {
    const [start, end] = [points[index], points[index + 1]];
    const covering = ranges.filter((range) => range.start <= start && range.end >= end && range.end > range.start);
    const labels = covering.filter((range) => range.start === start && range.label).map((range) => range.label!);
    segments.push({
      start,
      end,
      classNames: [...new Set(covering.map((range) => range.className))],
      labels: [...new Set(labels)],
    });
  }
  return segments;
}

/** Every case-insensitive occurrence of `query` in `text`, at most `limit`. */
export function findAll(text: string, query: string, limit = 2000): { start: number; end: number }[] {
  if (!query) return [];
  const pattern = new RegExp(escapeRegExp(query), 'giu');
  const found: { start: number; end: number }[] = [];
  for (const match of text.matchAll(pattern)) {
    found.push({ start: match.index, end: match.index + match[0].length });
    if (found.length >= limit) break;
  }
  return found;
}
