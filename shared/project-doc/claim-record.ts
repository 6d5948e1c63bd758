import * as Y from 'yjs';
import { deepEqual } from '../util/deep-equal';
import type { Claim, ClaimTags, Comment, ReviewStatus } from '../project/schema';
import type { Verdict } from '../claims/verdicts';
import { appendToLog, entriesOf, logState, type LogEntry } from './change-log';
import { setText } from './text-diff';

/**
 * One claim in the Y.Doc: a Y.Map per claim, so that two people changing
 * different things of one claim both keep their change. Most fields are
 * plain values (the last writer of that one field wins); what must merge
 * finer has a type of its own:
 * - `verdicts`, `statuses`: append-only logs (change-log.ts): concurrent
 *   verdicts or review decisions are both kept and shown as a conflict;
 * - `note`, `publicExplanation`: Y.Text, so edits to different words merge;
 * - `tags`: a Y.Map (speaker and dispute each their own value, free tags a Y.Array);
 * - `comments`: comment id → comment;
 * - `deleted`: set when the claim is deleted (a tombstone: the record stays,
 *   so a change made meanwhile in another copy is not written into nothing).
 */

export type ClaimRecord = Y.Map<unknown>;
type VerdictLog = Y.Array<LogEntry<Verdict>>;
type StatusLog = Y.Array<LogEntry<ReviewStatus>>;

/** What the window and the file show of a conflict: each value, who set it and when. */
export interface ConflictEntry<V extends string> {
  value: V;
  by: string;
  at: string;
}

/** A claim as read from the document, with its conflicts (none: the fields are absent). */
export type ClaimView = Claim & {
  verdictConflict?: ConflictEntry<Verdict>[];
  statusConflict?: ConflictEntry<ReviewStatus>[];
};

const DERIVED = new Set([
  'verdict',
  'verdictBy',
  'status',
  'comments',
  'note',
  'publicExplanation',
  'tags',
  'verdictConflict',
  'statusConflict',
]);
const OWN_TYPES = new Set(['verdicts', 'statuses', 'deleted']);
/** The readable claim's key order (the schema's), unknown fields after. */
const KEY_ORDER: readonly (keyof Claim)[] = [
  'id',
  'number',
  'markId',
  'anchor',
  'tags',
  'verdict',
  'verdictBy',
  'note',
  'publicExplanation',
  'noEvidenceReason',
  'notForPublication',
  'status',
  'comments',
  'orphaned',
  'createdBy',
  'createdAt',
  'updatedBy',
  'updatedAt',
];

const textOf = (value: unknown): string =>
  value instanceof Y.Text ? value.toString() : typeof value === 'string' ? value : '';

function readTags(value: unknown): ClaimTags {
  if (!(value instanceof Y.Map)) return { attributed: null, disputed: null, free: [] };
  const tags: Record<string, unknown> = {};
  for (const [key, field] of value.entries())
    tags[key] = field instanceof Y.Array ? [...new Set(field.toArray() as string[])] : field;
  return { attributed: null, disputed: null, free: [], ...tags } as ClaimTags;
}

/** Comments carry `seq`, their place in the thread (a Y.Map has no order replicas agree on). */
type StoredComment = Comment & { seq: number };

function readComments(value: unknown): Comment[] {
  if (!(value instanceof Y.Map)) return [];
  return ([...value.values()] as StoredComment[])
    .sort((a, b) => a.seq - b.seq || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map(({ seq: _seq, ...comment }) => comment);
}

const asConflict = <V extends string>(entries: LogEntry<V>[]): ConflictEntry<V>[] =>
  entries.map(({ value, by, actor, at }) => ({ value, by: actor ?? by, at }));

export const isDeleted = (record: ClaimRecord): boolean => record.get('deleted') !== undefined;

/** The claim as the window and the file hold it. */
export function readClaim(record: ClaimRecord): ClaimView {
  const verdict = logState(entriesOf(record.get('verdicts') as VerdictLog | undefined), 'unrated' as Verdict);
  const status = logState(entriesOf(record.get('statuses') as StatusLog | undefined), 'open' as ReviewStatus);
  const derived: Partial<ClaimView> = {
    tags: readTags(record.get('tags')),
    verdict: verdict.value,
    verdictBy: verdict.by,
    note: textOf(record.get('note')),
    publicExplanation: textOf(record.get('publicExplanation')),
    status: status.value,
    comments: readComments(record.get('comments')),
  };
  const claim: Record<string, unknown> = {};
  for (const key of KEY_ORDER) claim[key] = DERIVED.has(key) ? derived[key] : record.get(key);
  for (const [key, value] of record.entries()) if (!(key in claim) && !OWN_TYPES.has(key)) claim[key] = value;
  if (verdict.conflict.length > 0) claim.verdictConflict = asConflict(verdict.conflict);
  if (status.conflict.length > 0) claim.statusConflict = asConflict(status.conflict);
  return claim as ClaimView;
}

/** The Yjs type under `key`, made if missing. */
function ownType<T>(record: Y.Map<unknown>, key: string, Kind: new () => T): T {
  const existing = record.get(key);
  if (existing instanceof Kind) return existing;
  const created = new Kind();
  record.set(key, created);
  return created;
}

const TextKind = Y.Text;
const MapKind = Y.Map as new () => Y.Map<unknown>;
const StringsKind = Y.Array as new () => Y.Array<string>;
const CommentsKind = Y.Map as new () => Y.Map<StoredComment>;
const logKind = <V extends string>() => Y.Array as new () => Y.Array<LogEntry<V>>;

function writeText(record: ClaimRecord, key: 'note' | 'publicExplanation', value: string): void {
  setText(ownType(record, key, TextKind), value);
}

/**
 * Every type of its own a claim has, made with the record: made later, two
 * copies would each set their own under one key, and a merge keeps only one
 * of them (a whole verdict log, note or comment thread lost).
 */
function withOwnTypes(record: ClaimRecord): void {
  ownType(record, 'tags', MapKind);
  ownType(record, 'note', TextKind);
  ownType(record, 'publicExplanation', TextKind);
  ownType(record, 'comments', CommentsKind);
  ownType(record, 'verdicts', logKind<Verdict>());
  ownType(record, 'statuses', logKind<ReviewStatus>());
}

function writeTags(record: ClaimRecord, tags: ClaimTags): void {
  const map = ownType(record, 'tags', MapKind);
  for (const [key, value] of Object.entries(tags)) {
    if (key === 'free') {
      const free = ownType(map, 'free', StringsKind);
      const wanted = value as string[];
      const current = free.toArray();
      if (deepEqual(current, wanted)) continue;
      // Removals by value, then additions at the end: a tag added on each side is kept twice over, never lost.
      for (let i = current.length - 1; i >= 0; i -= 1)
        if (!wanted.includes(current[i]) || current.indexOf(current[i]) !== i) free.delete(i, 1);
      const kept = new Set(free.toArray());
      const added = wanted.filter((tag) => !kept.has(tag));
      if (added.length > 0) free.push(added);
    } else if (!deepEqual(map.get(key), value)) map.set(key, value);
  }
  for (const key of [...map.keys()]) if (!(key in tags)) map.delete(key);
}

function writeComments(record: ClaimRecord, comments: readonly Comment[]): void {
  const map = ownType(record, 'comments', CommentsKind);
  const ids = new Set(comments.map((comment) => comment.id));
  let next = Math.max(-1, ...[...map.values()].map((stored) => stored.seq)) + 1;
  for (const comment of comments) {
    const stored = map.get(comment.id);
    const value = { ...comment, seq: stored ? stored.seq : next++ };
    if (!deepEqual(stored, value)) map.set(comment.id, value);
  }
  for (const id of [...map.keys()]) if (!ids.has(id)) map.delete(id);
}

/** Who a log entry names when the claim says nothing more precise. */
export interface Author {
  by: string;
  at: string;
  newId: () => string;
}

/**
 * Writes `claim` into its record, changing only what differs: a field left
 * as it is stays untouched, so a concurrent change to it elsewhere survives.
 * A new verdict or status is appended to its log (by `claim.verdictBy` /
 * the author).
 */
export function writeClaim(record: ClaimRecord, claim: ClaimView, author: Author): void {
  withOwnTypes(record);
  for (const [key, value] of Object.entries(claim)) {
    if (DERIVED.has(key) || OWN_TYPES.has(key) || value === undefined) continue;
    if (!deepEqual(record.get(key), value)) record.set(key, value);
  }
  for (const key of [...record.keys()])
    if (!DERIVED.has(key) && !OWN_TYPES.has(key) && !(key in claim)) record.delete(key);
  writeTags(record, claim.tags);
  writeText(record, 'note', claim.note);
  writeText(record, 'publicExplanation', claim.publicExplanation);
  writeComments(record, claim.comments);
  if (!seedConflict(record, 'verdicts', claim.verdictConflict, author)) {
    // `by` is who the verdict is credited to (the two-person rule reads it); `actor` who set it, if someone else.
    writeLog(
      record,
      'verdicts',
      { value: claim.verdict, by: claim.verdictBy },
      'unrated',
      author,
      !claim.verdictConflict,
    );
  }
  if (!seedConflict(record, 'statuses', claim.statusConflict, author))
    writeLog(record, 'statuses', { value: claim.status }, 'open', author, !claim.statusConflict);
}

/** A claim read from a file with a conflict in it and no log yet: each value becomes a head, so the conflict stays. */
function seedConflict<V extends string>(
  record: ClaimRecord,
  key: 'verdicts' | 'statuses',
  conflict: ConflictEntry<V>[] | undefined,
  author: Author,
): boolean {
  const existing = record.get(key);
  if (!conflict || conflict.length < 2 || (existing instanceof Y.Array && existing.length > 0)) return false;
  const log = ownType(record, key, logKind<V>());
  log.push(conflict.map(({ value, by, at }) => ({ id: author.newId(), value, by, at, replaces: [] })));
  return true;
}

/** `settled`: the claim shows no conflict, so a conflict in the log was resolved by the checker (even to the value shown). */
function writeLog<V extends string>(
  record: ClaimRecord,
  key: 'verdicts' | 'statuses',
  next: { value: V; by?: string },
  fallback: V,
  author: Author,
  settled: boolean,
): void {
  const existing = record.get(key) as Y.Array<LogEntry<V>> | undefined;
  const current = logState(entriesOf(existing), fallback);
  const resolved = settled && current.conflict.length > 0;
  if (!resolved && current.value === next.value && (next.by === undefined || current.by === next.by)) return;
  const by = next.by ?? author.by;
  appendToLog(ownType(record, key, logKind<V>()), {
    id: author.newId(),
    value: next.value,
    by,
    at: author.at,
    ...(by !== author.by && { actor: author.by }),
  });
}

/** The checker's choice between concurrent verdicts (or statuses): one entry replacing them all. */
export function settleConflict<V extends string>(
  record: ClaimRecord,
  key: 'verdicts' | 'statuses',
  value: V,
  author: Author,
): void {
  appendToLog(ownType(record, key, logKind<V>()), { id: author.newId(), value, by: author.by, at: author.at });
}

export function newClaimRecord(): ClaimRecord {
  return new Y.Map<unknown>();
}
