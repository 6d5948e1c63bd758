import { z } from 'zod';
import { DECISION_ACTIVITY } from './layout';
import { DECISION_ACTIONS } from './roles';

/**
 * Stateless messages between a client and the collaboration server
 * (HocuspocusProvider.sendStateless / the `stateless` event), as JSON text.
 * The server answers every request with a `result` naming its requestId.
 */

const requestId = z.string().min(1).max(128).optional();
const claimId = z.string().min(1).max(128);

/** Approve or request changes on a claim, or sign off the project: editors only. */
export const DecisionRequest = z
  .object({
    type: z.literal('decision'),
    requestId,
    claimId: claimId.optional(),
    action: z.enum(DECISION_ACTIONS),
    comment: z.string().max(2_000).optional(),
  })
  .superRefine((request, context) => {
    if (request.action === 'sign-off' && request.claimId !== undefined) {
      context.addIssue({ code: 'custom', message: 'a sign-off is about the whole project: give no claimId' });
    }
    if (request.action !== 'sign-off' && request.claimId === undefined) {
      context.addIssue({ code: 'custom', message: `${request.action} needs the claimId it decides` });
    }
    if (request.action === 'request-changes' && !request.comment?.trim()) {
      context.addIssue({ code: 'custom', message: 'requesting changes needs a comment' });
    }
  });
export type DecisionRequest = z.infer<typeof DecisionRequest>;

const DECISION_WORDS = new Set(Object.values(DECISION_ACTIVITY));

/** Log an edit (marked, rated, linked evidence…) under the authenticated user's name. */
export const ActivityRequest = z.object({
  type: z.literal('activity'),
  requestId,
  action: z
    .string()
    .trim()
    .min(1)
    .max(64)
    .refine((action) => !DECISION_WORDS.has(action), 'decisions are recorded with a decision message, not as activity'),
  claimId: claimId.optional(),
  detail: z.string().max(10_000).optional(),
});
export type ActivityRequest = z.infer<typeof ActivityRequest>;

export const CollabRequest = z.discriminatedUnion('type', [DecisionRequest, ActivityRequest]);
export type CollabRequest = z.infer<typeof CollabRequest>;

/** The server's answer to one request. */
export const CollabResult = z.object({
  type: z.literal('result'),
  requestId: z.string().max(128).nullable(),
  ok: z.boolean(),
  message: z.string().max(2_000),
  /** On success: the name and time the entry was recorded under (the token's user, the server's clock). */
  recorded: z.object({ by: z.string().max(100), at: z.string().max(64) }).optional(),
});
export type CollabResult = z.infer<typeof CollabResult>;

export type ParsedRequest =
  { ok: true; request: CollabRequest } | { ok: false; requestId: string | null; message: string };

/** Parses a stateless payload; the message of a refusal is meant for the person who asked. */
export function parseCollabRequest(payload: string): ParsedRequest {
  let json: unknown;
  try {
    json = JSON.parse(payload);
  } catch {
    return { ok: false, requestId: null, message: 'the request is not JSON' };
  }
  const parsed = CollabRequest.safeParse(json);
  if (parsed.success) return { ok: true, request: parsed.data };
  const id = (json as { requestId?: unknown } | null)?.requestId;
  const message = parsed.error.issues.map((issue) => issue.message).join('; ');
  return {
    ok: false,
    requestId: typeof id === 'string' ? id.slice(0, 128) : null,
    message: `the request was refused: ${message}`,
  };
}
