import type { BindingV2, Provider } from '@lexical/yjs';
import type { LexicalEditor } from 'lexical';
import {
  collaboratorsIn,
  OPEN_CLAIM_FIELD,
  openByLabel,
  openByShort,
  openClaims,
  type Collaborator,
} from '../../shared/collab/presence';
import { activeClaimStore } from '../state/active-claim-store';
import { actorName } from '../state/identity-store';
import { Store } from '../state/store';
import { activeConnectionStore } from './active-connection';
import { attachPresenceCursors } from './presence-cursors';

/** A claim someone else has open: the dot's accessible name, its colour (the first person's), and the first names shown. */
export interface OpenBy {
  label: string;
  color: string;
  names: string;
}

/** Who else is in the shared project, and on each claim someone has open: the dot's label and colour. */
export interface Presence {
  collaborators: readonly Collaborator[];
  byClaim: ReadonlyMap<string, OpenBy>;
}

const NOBODY: Presence = { collaborators: [], byClaim: new Map() };

export const presenceStore = new Store<Presence>(NOBODY);

/** What the list and the dots show: caret moves (the most frequent awareness updates) change none of it. */
const shownKey = (list: readonly Collaborator[]) =>
  JSON.stringify(list.map(({ clientId, name, color, role, openClaim }) => [clientId, name, color, role, openClaim]));

function presenceOf(collaborators: Collaborator[]): Presence {
  const byClaim = new Map<string, OpenBy>();
  for (const [claimId, people] of openClaims(collaborators))
    byClaim.set(claimId, { label: openByLabel(people), color: people[0].color, names: openByShort(people) });
  return { collaborators, byClaim };
}

/**
 * Presence for the editor bound to a project's document: carets
 * (presence-cursors.ts), the collaborators list and the claim each person
 * has open. The offline provider has no local awareness state (as
 * @lexical/yjs, which then publishes no caret, reads it): there is nobody
 * to show, and nothing is attached. Returns how to stop.
 */
export function attachPresence(
  editor: LexicalEditor,
  binding: BindingV2,
  provider: Provider,
  self: number,
  myName: string = actorName(),
): () => void {
  if (provider.awareness.getLocalState() === null) return () => undefined;
  const detachCursors = attachPresenceCursors(editor, binding, provider, myName);
  const { awareness } = provider;
  let shown = '';
  const refresh = () => {
    const collaborators = collaboratorsIn(awareness.getStates() as Map<number, Record<string, unknown>>, self);
    const key = shownKey(collaborators);
    if (key === shown) return;
    shown = key;
    presenceStore.set(collaborators.length > 0 ? presenceOf(collaborators) : NOBODY);
  };
  const publishOpenClaim = () => {
    if (awareness.getLocalState()?.[OPEN_CLAIM_FIELD] !== activeClaimStore.get().id)
      awareness.setLocalStateField(OPEN_CLAIM_FIELD, activeClaimStore.get().id);
  };
  awareness.on('update', refresh);
  const unsubscribe = activeClaimStore.subscribe(publishOpenClaim);
  publishOpenClaim();
  refresh();
  return () => {
    unsubscribe();
    awareness.off('update', refresh);
    detachCursors();
    presenceStore.set(NOBODY);
  };
}

/**
 * Presence for the editor bound to `document`, following its provider: a
 * project shared while open gets the server's provider then (Share
 * project…), and presence moves over to it.
 */
export function attachDocumentPresence(
  editor: LexicalEditor,
  binding: BindingV2,
  document: { doc: { clientID: number }; provider: Provider },
): () => void {
  let provider = document.provider;
  let detach = attachPresence(editor, binding, provider, document.doc.clientID);
  let stopped = false;
  const follow = () =>
    // The connection is announced while the document takes its provider: look once that is done.
    queueMicrotask(() => {
      if (stopped || document.provider === provider) return;
      detach();
      provider = document.provider;
      detach = attachPresence(editor, binding, provider, document.doc.clientID);
    });
  const unsubscribe = activeConnectionStore.subscribe(follow);
  return () => {
    stopped = true;
    unsubscribe();
    detach();
  };
}
