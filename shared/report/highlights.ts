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

export function highlightsOf(claims: readonly ReportClaim[]): Highlight[] {
  return claims.flatMap((claim) => (claim.range && claim.range.end > claim.range.start ? [{ number: claim.number, ...claim.range, claim }] : []));
}

export function segmentsOf(piece: TextPiece, highlights: readonly Highlight[]): Segment[] {
  const pieceEnd = piece.start + piece.text.length;
  const touching = highlights.filter((h) => h.start < pieceEnd && h.end > piece.start);
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
