import { randomUUID } from 'node:crypto';
import type { Document, Extension, Hocuspocus, onStatelessPayload } from '@hocuspocus/server';
import {
  ACTIVITY_TYPE,
  DECISION_ACTIVITY,
  DECISIONS_TYPE,
  type DecisionEntry,
  type SharedActivityEntry,
} from '../../shared/collab/layout';
import { claimDecisionRefusal, writeDecisionIntoClaim } from '../../shared/collab/decision-log';
import { parseCollabRequest, type CollabRequest, type CollabResult } from '../../shared/collab/messages';
import { canDecide, canRecordActivity } from '../../shared/collab/roles';
import { userOf } from './authentication';
import type { CollabUser } from './user-store';

/**
 * Decisions and activity entries, written by the server on a client's
 * request (a stateless message): checked against the role of the user the
 * token belongs to, and recorded under that user's name with the server's
 * clock — a decision about a claim also in that claim's status log.
 * Each request is answered with a `result` message.
 */
export function serverWrites(now: () => Date = () => new Date()): Extension {
  let instance: Hocuspocus | null = null;

  return {
    extensionName: 'FactdeskServerWrites',

    async onConfigure(payload: { instance: Hocuspocus }) {
      instance = payload.instance;
    },

    async onStateless({ connection, document, payload }: onStatelessPayload) {
      const reply = (result: Omit<CollabResult, 'type'>) =>
        connection.sendStateless(JSON.stringify({ type: 'result', ...result }));
      const parsed = parseCollabRequest(payload);
      if (!parsed.ok) return reply({ requestId: parsed.requestId, ok: false, message: parsed.message });
      const { request } = parsed;
      const requestId = request.requestId ?? null;
      const user = userOf(connection);
      const refusal = refusalFor(user, request) ?? claimRefusal(document, user, request);
      if (refusal) return reply({ requestId, ok: false, message: refusal });
      const at = now().toISOString();
      record(document, user, request, at);
      // A server-written entry cannot be re-sent by clients if it were lost, so it is stored at once.
      if (instance) storeNow(instance, document);
      return reply({ requestId, ok: true, message: 'recorded', recorded: { by: user.name, at } });
    },
  };
}

function refusalFor(user: CollabUser, request: CollabRequest): string | null {
  if (request.type === 'decision') {
    return canDecide(user.role, request.action)
      ? null
      : `Refused: only an editor can ${request.action.replace('-', ' ')}; ${user.name} is a ${user.role}.`;
  }
  return canRecordActivity(user.role)
    ? null
    : `Refused: ${user.name} is a ${user.role} and cannot change this project.`;
}

/** The app's rules for the claim as the document holds it (shared/collab/decision-log.ts). */
function claimRefusal(document: Document, user: CollabUser, request: CollabRequest): string | null {
  if (request.type !== 'decision') return null;
  const reason = claimDecisionRefusal(document, user, request);
  return reason ? `Refused: ${reason}` : null;
}

/** The server's own transaction origin: Hocuspocus broadcasts and stores it like a client's change. */
function serverOrigin(user: CollabUser) {
  return { source: 'local' as const, context: { recordedFor: user.name } };
}

function record(document: Document, user: CollabUser, request: CollabRequest, at: string): void {
  const claimId = request.claimId ?? null;
  const activity: SharedActivityEntry = {
    id: `act_${randomUUID()}`,
    at,
    actor: user.name,
    role: user.role,
    action: request.type === 'decision' ? DECISION_ACTIVITY[request.action] : request.action,
    claimId,
    detail: (request.type === 'decision' ? request.comment : request.detail) ?? '',
  };
  document.transact(() => {
    if (request.type === 'decision') {
      const decision: DecisionEntry = {
        id: `dec_${randomUUID()}`,
        claimId,
        action: request.action,
        comment: request.comment ?? '',
        by: user.name,
        role: user.role,
        at,
      };
      document.getArray<DecisionEntry>(DECISIONS_TYPE).push([decision]);
      // The claim's own status log shows it too (shared/collab/decision-log.ts): one truth for the card.
      writeDecisionIntoClaim(document, decision);
    }
    document.getArray<SharedActivityEntry>(ACTIVITY_TYPE).push([activity]);
  }, serverOrigin(user));
}

function storeNow(instance: Hocuspocus, document: Document): void {
  void instance.storeDocumentHooks(
    document,
    {
      instance,
      clientsCount: document.getConnectionsCount(),
      document,
      documentName: document.name,
      lastContext: {},
      lastTransactionOrigin: { source: 'local' },
    },
    true,
  );
}
