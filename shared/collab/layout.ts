import { z } from 'zod';
import { ActivityEntry } from '../project/schema';
import { COLLAB_ROLES, DECISION_ACTIONS } from './roles';

/**
 * The parts of a shared project's Y.Doc that only the server writes. Clients
 * read them like any other type, but an update from a client that inserts
 * into or deletes from them is refused: decisions and activity must carry the
 * name of the user the server authenticated, which a client could forge.
 * Clients ask for entries with stateless messages (./messages.ts).
 *
 * Both are append-only top-level Y.Arrays of plain JSON objects, so two
 * instances appending at once keep both entries.
 */
export const DECISIONS_TYPE = 'decisions';
export const ACTIVITY_TYPE = 'activity';
export const SERVER_WRITTEN_TYPES: readonly string[] = [DECISIONS_TYPE, ACTIVITY_TYPE];

/** One entry of `doc.getArray('decisions')`. */
export const DecisionEntry = z.object({
  id: z.string().min(1).max(128),
  /** Null for a sign-off, which is about the whole project. */
  claimId: z.string().min(1).max(128).nullable(),
  action: z.enum(DECISION_ACTIONS),
  comment: z.string().max(2_000),
  /** The authenticated user's name and role, never the client's word. */
  by: z.string().min(1).max(100),
  role: z.enum(COLLAB_ROLES),
  at: z.string().max(64),
});
export type DecisionEntry = z.infer<typeof DecisionEntry>;

/** One entry of `doc.getArray('activity')`: the project file's activity entry plus the actor's role. */
export const SharedActivityEntry = ActivityEntry.extend({ role: z.enum(COLLAB_ROLES) });
export type SharedActivityEntry = z.infer<typeof SharedActivityEntry>;

/** How a decision reads in the activity log (the words shared/activity/activity.ts uses for status changes). */
export const DECISION_ACTIVITY: Record<DecisionEntry['action'], string> = {
  approve: 'approved',
  'request-changes': 'requested changes',
  'sign-off': 'signed off',
};
