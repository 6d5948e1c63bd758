import type { RecentProject } from '../../../shared/api';

export const MAX_RECENT = 10;

/** Move (or add) `entry` to the front of the list, without duplicates, capped. */
export function withRecent(list: readonly RecentProject[], entry: RecentProject): RecentProject[] {
  return [entry, ...list.filter((item) => item.path !== entry.path)].slice(0, MAX_RECENT);
}
