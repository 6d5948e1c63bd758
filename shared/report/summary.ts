import { REVIEW_STATUSES, type ReviewStatus } from '../project/schema';
import { VERDICTS, type Verdict } from '../claims/verdicts';

export interface ReportSummary {
  claims: number;
  sources: number;
  evidence: number;
  /** Every verdict on the scale, in scale order, with its count (zeros included). */
  byVerdict: { verdict: Verdict; count: number }[];
  byStatus: { status: ReviewStatus; count: number }[];
  /** attributed, disputed, then free tags by count (most used first). */
  byTag: { tag: string; count: number }[];
}

interface SummarisedClaim {
  verdict: Verdict;
  status: ReviewStatus;
  speaker: string | null;
  disputedReason: string | null;
  freeTags: string[];
  evidence: unknown[];
}

function countBy<T>(items: readonly T[], keyOf: (item: T) => string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) for (const key of keyOf(item)) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

export function summarise(claims: readonly SummarisedClaim[], sources: number): ReportSummary {
  const verdicts = countBy(claims, (claim) => [claim.verdict]);
  const statuses = countBy(claims, (claim) => [claim.status]);
  const free = countBy(claims, (claim) => [...new Set(claim.freeTags)]);
  const builtIn = [
    { tag: 'attributed', count: claims.filter((claim) => claim.speaker !== null).length },
    { tag: 'disputed', count: claims.filter((claim) => claim.disputedReason !== null).length },
  ];
  const freeTags = [...free]
    .map(([tag, count]) => ({ tag, count }))
    .sort((a, b) => b.count - a.count || (a.tag < b.tag ? -1 : 1));
  return {
    claims: claims.length,
    sources,
    evidence: claims.reduce((sum, claim) => sum + claim.evidence.length, 0),
    byVerdict: VERDICTS.map((verdict) => ({ verdict, count: verdicts.get(verdict) ?? 0 })),
    byStatus: REVIEW_STATUSES.map((status) => ({ status, count: statuses.get(status) ?? 0 })),
    byTag: [...builtIn.filter((entry) => entry.count > 0), ...freeTags],
  };
}
