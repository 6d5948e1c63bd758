import type { Provider } from '@lexical/yjs';
import { CollabResult, type DecisionRequest } from '../../shared/collab/messages';
import { claimsOf } from '../../shared/project-doc/layout';
import type { DecisionRoute } from '../project/decision-route';
import { boundDocument } from '../project/document-binding';
import { activeConnectionStore } from './active-connection';
import { showNotice } from '../state/notices-store';

/**
 * Review decisions in a shared project go to the server, which checks the
 * role its token carries and records them under the authenticated name
 * (docs/collaboration.md "Review decisions: one truth"): approve, request
 * changes and sign off are sent as a stateless message, and the window
 * writes nothing before the server has recorded them. The answer comes back
 * as a `result` naming the request.
 */

/** What a collaboration server's provider (HocuspocusProvider) offers beyond @lexical/yjs's Provider. */
interface StatelessProvider {
  sendStateless(payload: string): void;
  on(event: 'stateless', listener: (data: { payload: string }) => void): unknown;
  off(event: 'stateless', listener: (data: { payload: string }) => void): unknown;
}

/** The provider's stateless channel, when the project is shared (the offline provider has none). */
export function statelessChannel(provider: Provider | null | undefined): StatelessProvider | null {
  const candidate = provider as Partial<StatelessProvider> | null | undefined;
  return typeof candidate?.sendStateless === 'function' ? (candidate as StatelessProvider) : null;
}

export const ANSWER_TIMEOUT_MS = 10_000;
const NO_ANSWER =
  'The server did not answer, so the decision was not recorded. Check the connection (status bar) and try again.';

/** The server's answer; `recorded` says under which name and time it recorded the decision. */
export interface DecisionAnswer {
  ok: boolean;
  message: string;
  recorded?: { by: string; at: string };
}

let sequence = 0;

/** Sends a decision and resolves to the server's answer (a refusal carries its reason); never rejects. */
export function requestDecision(
  channel: StatelessProvider,
  request: Omit<DecisionRequest, 'type' | 'requestId'>,
  timeoutMs = ANSWER_TIMEOUT_MS,
): Promise<DecisionAnswer> {
  sequence += 1;
  const requestId = `dec-${Date.now().toString(36)}-${sequence}`;
  return new Promise((resolve) => {
    const finish = (answer: DecisionAnswer) => {
      clearTimeout(timer);
      channel.off('stateless', onAnswer);
      resolve(answer);
    };
    const onAnswer = ({ payload }: { payload: string }) => {
      let parsed: ReturnType<typeof CollabResult.safeParse>;
      try {
        parsed = CollabResult.safeParse(JSON.parse(payload));
      } catch {
        return;
      }
      if (parsed.success && parsed.data.requestId === requestId) {
        const { ok, message, recorded } = parsed.data;
        finish({ ok, message, ...(recorded && { recorded }) });
      }
    };
    const timer = setTimeout(() => finish({ ok: false, message: NO_ANSWER }), timeoutMs);
    channel.on('stateless', onAnswer);
    channel.sendStateless(JSON.stringify({ type: 'decision', requestId, ...request }));
  });
}

/**
 * The open project's stateless channel when it is shared (decisions then go
 * to the server), else null (decided here).
 */
export function sharedDecisionChannel(): StatelessProvider | null {
  const active = activeConnectionStore.get();
  if (active) return active.connection.hocuspocus;
  return statelessChannel(boundDocument()?.provider);
}

/**
 * Sends a decision and tells the person what came of it; `onRecorded` runs
 * once the server recorded it, and may return the notice to show instead of
 * `recordedNotice`.
 */
export function sendDecision(
  channel: StatelessProvider,
  request: Omit<DecisionRequest, 'type' | 'requestId'>,
  recordedNotice: string,
  onRecorded: (recorded: DecisionAnswer['recorded']) => string | void = () => undefined,
): void {
  void requestDecision(channel, request).then((answer) => {
    if (!answer.ok) return showNotice('error', answer.message);
    showNotice('success', onRecorded(answer.recorded) || recordedNotice);
  });
}

/**
 * Whether the shared document holds this claim's record (issue 18's layout),
 * where the server writes the decision itself. While the window still keeps
 * the claims in the editor, it writes the status as before — once the server
 * has recorded the decision.
 */
export function serverHoldsClaim(claimId: string): boolean {
  const doc = activeConnectionStore.get()?.doc ?? boundDocument()?.doc;
  return doc !== undefined && claimsOf(doc).has(claimId);
}

/** The route renderer/project's review actions take while the project is shared (provided once, by main.tsx). */
export const serverDecisionRoute: DecisionRoute = {
  active: () => sharedDecisionChannel() !== null,
  send: (request, recordedNotice, onRecorded) => {
    const channel = sharedDecisionChannel();
    if (channel) sendDecision(channel, request, recordedNotice, onRecorded);
  },
  holdsClaim: serverHoldsClaim,
};
