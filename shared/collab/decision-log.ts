import * as Y from 'yjs';
import { appendToLog, logHeads, logState, type LogEntry, type LogState } from '../project-doc/change-log';
import { readClaim } from '../project-doc/claim-record';
import { claimsOf, projectMapOf } from '../project-doc/layout';
import { can } from '../review/rules';
import type { Comment, ReviewStatus } from '../project/schema';
import type { DecisionEntry } from './layout';
import type { CollabRole } from './roles';

/**
 * One truth for a claim's review status in a shared project. A claim's
 * status is an append-only log on its record (shared/project-doc/
 * claim-record.ts); the server's `decisions` array says who approved or
 * requested changes, as authenticated. The two meet here:
 *
 * - the server writes each decision about a claim into that claim's status
 *   log too, as an entry with the decision's id, in the same transaction
 *   (so a later status change — the checker sending the claim back to
 *   review — replaces it like any other entry, and two decisions made at
 *   once on two instances are both kept and shown as a conflict);
 * - whoever reads the status merges the log with the decisions, so a
 *   decision whose claim record arrived later (or was made anew) still
 *   shows: `statusWithDecisions`.
 */

export const STATUS_OF_DECISION = {
  approve: 'approved',
  'request-changes': 'changes-requested',
} as const satisfies Record<Exclude<DecisionEntry['action'], 'sign-off'>, ReviewStatus>;

const COMMENT_KIND_OF_DECISION = { approve: 'approval', 'request-changes': 'request-changes' } as const;

type StatusEntry = LogEntry<ReviewStatus>;

/** The decision as an entry of the claim's status log (null for a sign-off, which is about the project). */
export function decisionStatusEntry(decision: DecisionEntry, replaces: string[]): StatusEntry | null {
  if (decision.claimId === null || decision.action === 'sign-off') return null;
  return {
    id: decision.id,
    value: STATUS_OF_DECISION[decision.action],
    by: decision.by,
    at: decision.at,
    replaces,
  };
}

/**
 * Writes a claim decision into its claim's record: the status log entry and,
 * with a comment, the comment the app would add (kind `approval` or
 * `request-changes`). Returns false when the document has no record of that
 * claim (the decision is then only in the `decisions` array, and
 * statusWithDecisions shows it).
 */
export function writeDecisionIntoClaim(doc: Y.Doc, decision: DecisionEntry): boolean {
  if (decision.claimId === null || decision.action === 'sign-off') return false;
  const record = claimsOf(doc).get(decision.claimId);
  const statuses = record?.get('statuses');
  if (!(record instanceof Y.Map) || !(statuses instanceof Y.Array)) return false;
  const entry = decisionStatusEntry(decision, [])!;
  appendToLog(statuses as Y.Array<StatusEntry>, entry);
  const comments = record.get('comments');
  if (decision.comment.trim() && comments instanceof Y.Map) {
    const seq = Math.max(-1, ...[...comments.values()].map((stored) => (stored as { seq: number }).seq)) + 1;
    const comment: Comment & { seq: number } = {
      id: `cmt_${decision.id}`,
      author: decision.by,
      text: decision.comment.trim(),
      kind: COMMENT_KIND_OF_DECISION[decision.action],
      createdAt: decision.at,
      editedAt: null,
      resolved: false,
      seq,
    };
    comments.set(comment.id, comment);
  }
  return true;
}

/**
 * The claim's status from its log and the server's decisions about it. A
 * decision already in the log counts once; one that is not (its record was
 * missing when the server wrote it) replaces what the log held before it,
 * by the server's clock.
 */
export function statusWithDecisions(
  entries: readonly StatusEntry[],
  decisions: readonly DecisionEntry[],
  claimId: string,
): LogState<ReviewStatus> {
  const inLog = new Set(entries.map((entry) => entry.id));
  const merged: StatusEntry[] = [...entries];
  for (const decision of decisions) {
    if (decision.claimId !== claimId || inLog.has(decision.id)) continue;
    const before = logHeads(merged.filter((entry) => entry.at <= decision.at)).map((head) => head.id);
    const entry = decisionStatusEntry(decision, before);
    if (entry) merged.push(entry);
  }
  return logState(merged, 'open');
}

/**
 * What the app's rule book says of this decision about a claim the document
 * holds (awaiting review, rated, the two-person rule), asked by the server as
 * the app asks it: null when allowed, else the reason. A claim the document
 * has no record of is left to the role check.
 */
export function claimDecisionRefusal(
  doc: Y.Doc,
  user: { name: string; role: CollabRole },
  decision: { action: DecisionEntry['action']; claimId?: string },
): string | null {
  if (decision.action === 'sign-off' || decision.claimId === undefined) return null;
  const record = claimsOf(doc).get(decision.claimId);
  if (!(record instanceof Y.Map)) return null;
  const review = projectMapOf(doc).get('review');
  const twoPersonRule = !(review instanceof Y.Map) || review.get('twoPersonRule') !== false;
  const verdict = can(user, decision.action, readClaim(record), {
    review: { twoPersonRule },
    evidence: [],
    claims: [],
  });
  return verdict.allowed ? null : verdict.reason;
}
