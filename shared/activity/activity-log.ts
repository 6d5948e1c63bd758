import type { ActivityEntry } from '../project/schema';

/** Which entries of the activity log to show: null for everyone / every claim. */
export interface ActivityFilter {
  actor: string | null;
  claimId: string | null;
}

/** Newest first: the `skip` newest matching entries are already shown, then at most `limit` more. */
export interface ActivityPageQuery extends ActivityFilter {
  skip: number;
  limit: number;
}

export interface ActivityPage {
  /** Newest first. */
  entries: ActivityEntry[];
  /** More matching entries are older than these. */
  more: boolean;
  /** Everyone and every claim named anywhere in the log, for the filters. */
  actors: string[];
  claimIds: string[];
}

export function matchesActivityFilter(entry: ActivityEntry, { actor, claimId }: ActivityFilter): boolean {
  return (actor === null || entry.actor === actor) && (claimId === null || entry.claimId === claimId);
}

export function activityActors(log: readonly ActivityEntry[]): string[] {
  return [...new Set(log.map((entry) => entry.actor))];
}

export function activityClaimIds(log: readonly ActivityEntry[]): string[] {
  return [...new Set(log.map((entry) => entry.claimId).filter((id): id is string => id !== null))];
}

export function activityPage(log: readonly ActivityEntry[], query: ActivityPageQuery): ActivityPage {
  const entries: ActivityEntry[] = [];
  let skipped = 0;
  let more = false;
  for (let i = log.length - 1; i >= 0; i -= 1) {
    if (!matchesActivityFilter(log[i], query)) continue;
    if (skipped < query.skip) skipped += 1;
    else if (entries.length < query.limit) entries.push(log[i]);
    else {
      more = true;
      break;
    }
  }
  return { entries, more, actors: activityActors(log), claimIds: activityClaimIds(log) };
}
