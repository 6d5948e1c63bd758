import * as Y from 'yjs';

/**
 * A value that two people may set at once and both must survive (a claim's
 * verdict, its review status): an append-only log in a Y.Array. Setting the
 * value appends an entry that replaces the entries then current (the heads).
 * Two copies that set it without seeing each other each replace the same
 * heads, so after a merge both their entries are heads: the value is in
 * conflict, shown with who and when, until someone sets it again (which
 * replaces both). Nothing is overwritten, so nothing is lost.
 */

export interface LogEntry<V extends string = string> {
  id: string;
  value: V;
  /** Who the value is credited to (a verdict: who set it, for the two-person rule). */
  by: string;
  /** Who wrote the entry, when not `by`. */
  actor?: string;
  at: string;
  /** The ids of the entries this one replaces: the heads when it was made. */
  replaces: string[];
}

export interface LogState<V extends string> {
  /** The latest head's value (by time, then id), or the default with no entries. */
  value: V;
  by: string;
  at: string;
  /** The heads when they disagree, oldest first; empty when there is one value. */
  conflict: LogEntry<V>[];
}

const byTimeThenId = (a: LogEntry, b: LogEntry) =>
  a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

export function logHeads<V extends string>(entries: readonly LogEntry<V>[]): LogEntry<V>[] {
  const replaced = new Set<string>();
  for (const entry of entries) for (const id of entry.replaces) replaced.add(id);
  return entries.filter((entry) => !replaced.has(entry.id)).sort(byTimeThenId);
}

export function logState<V extends string>(entries: readonly LogEntry<V>[], fallback: V): LogState<V> {
  const heads = logHeads(entries);
  const latest = heads.at(-1);
  if (!latest) return { value: fallback, by: '', at: '', conflict: [] };
  const disagree = heads.some((head) => head.value !== latest.value);
  return { value: latest.value, by: latest.by, at: latest.at, conflict: disagree ? heads : [] };
}

export const entriesOf = <V extends string>(log: Y.Array<LogEntry<V>> | undefined): LogEntry<V>[] =>
  log ? log.toArray() : [];

/** Sets the value: one entry replacing every current head (so it also settles a conflict). */
export function appendToLog<V extends string>(log: Y.Array<LogEntry<V>>, entry: Omit<LogEntry<V>, 'replaces'>): void {
  log.push([{ ...entry, replaces: logHeads(log.toArray()).map((head) => head.id) }]);
}
