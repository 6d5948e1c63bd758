import { randomUUID } from 'node:crypto';
import { activityPage, type ActivityPage, type ActivityPageQuery } from '../../shared/activity/activity-log';
import type { ActivityEntry } from '../../shared/project/schema';

/** A view names an activity log main no longer holds (a window from an earlier session, say). */
export class MissingActivityLogError extends Error {
  constructor() {
    super(
      'The earlier activity log of this project is no longer held for this window. Nothing was written; reopen the project.',
    );
  }
}

/**
 * The activity logs main handed to the window as it opened a project (or
 * merged one): the window keeps only the entries added after, and names the
 * log they follow. Each log is kept under its own key, so a window still
 * holding an older view (a merge it cancelled) joins the right one.
 */
export class HeldActivity {
  private readonly logs = new Map<string, readonly ActivityEntry[]>();

  /** Keeps the log; the window's view holds none of it, only the key. */
  hold(log: readonly ActivityEntry[]): string {
    if (log.length === 0) return '';
    const key = randomUUID();
    this.logs.set(key, log);
    return key;
  }

  /** The whole log: the held part, then the window's newer entries. */
  join(key: string, newer: ActivityEntry[]): ActivityEntry[] {
    if (key === '') return newer;
    const held = this.logs.get(key);
    if (!held) throw new MissingActivityLogError();
    return [...held, ...newer];
  }

  /** null: no log is held under that key. */
  page(key: string, query: ActivityPageQuery): ActivityPage | null {
    const held = key === '' ? [] : this.logs.get(key);
    return held ? activityPage(held, query) : null;
  }
}
