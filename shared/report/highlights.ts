import type { TextPiece } from './article-blocks';
import type { ReportClaim } from './model';

/**
 * Claim highlights inside a piece of article text: the piece is cut wherever
 * a claim starts or ends, so each segment knows exactly which claims cover
 * it. Overlapping claims give segments covered by several claims.
 */

export interface Highlight {
  number: number;
  start: number;
  end: number;
  claim: ReportClaim;
}

export interface Segment {
  text: string;
  /** Claims covering this segment, outermost (earliest start) first. */
  claims: ReportClaim[];
  /** Claims whose highlight begins with this segment. */
  starting: ReportClaim[];
  /** Claims whose highlight ends with this segment. */
  ending: ReportClaim[];
}

/**
 * Highlights sorted by start, with the furthest end reached so far, so the
 * ones touching a piece are found without scanning every claim (long
 * articles have thousands).
 */
export class Highlights {
  private readonly sorted: Highlight[];
  private readonly maxEndUpTo: number[] = [];

  constructor(claims: readonly ReportClaim[]) {
    this.sorted = claims
      .flatMap((claim) =>
        claim.range && claim.range.end > claim.range.start ? [{ number: claim.number, ...claim.range, claim }] : [],
      )
      .sort((a, b) => a.start - b.start || a.number - b.number);
    let maxEnd = 0;
    for (const h of this.sorted) this.maxEndUpTo.push((maxEnd = Math.max(maxEnd, h.end)));
  }

  /** Highlights overlapping [from, to), in claim-number order. */
  touching(from: number, to: number): Highlight[] {
    let [low, high] = [0, this.sorted.length];
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.sorted[mid].start < to) low = mid + 1;
      else high = mid;
    }
    const found: Highlight[] = [];
    for (let i = low - 1; i >= 0 && this.maxEndUpTo[i] > from; i -= 1)
      if (this.sorted[i].end > from) found.push(this.sorted[i]);
    return found.sort((a, b) => a.number - b.number);
  }
}

export function highlightsOf(claims: readonly ReportClaim[]): Highlights {
  return new Highlights(claims);
}

export function segmentsOf(piece: TextPiece, highlights: Highlights): Segment[] {
  const pieceEnd = piece.start + piece.text.length;
  const touching = highlights.touching(piece.start, pieceEnd);
  const cuts = new Set([piece.start, pieceEnd]);
  for (const h of touching) {
    if (h.start > piece.start && h.start < pieceEnd) cuts.add(h.start);
    if (h.end > piece.start && h.end < pieceEnd) cuts.add(h.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i += 1) {
    const [from, to] = [points[i], points[i + 1]];
    const covering = touching.filter((h) => h.start < to && h.end > from);
    segments.push({
      text: piece.text.slice(from - piece.start, to - piece.start),
      claims: covering.map((h) => h.claim),
      starting: covering.filter((h) => h.start === from).map((h) => h.claim),
      ending: covering.filter((h) => h.end === to).map((h) => h.claim),
    });
  }
  return segments;
}
