import type { beforeHandleAwarenessPayload, Extension } from '@hocuspocus/server';
import { colourFor } from '../../shared/collab/presence';
import { userOf } from './authentication';

/**
 * Presence (Yjs awareness) shows who is in the document and where their caret
 * is. The name on it comes from the token: the server overwrites `name` (the
 * field Lexical's collaboration cursors show), `role` and `color` (one colour
 * per name, the same in every window) in every awareness state a client
 * sends, so nobody appears under someone else's name or colour.
 */
export function presenceNames(): Extension {
  return {
    extensionName: 'FactdeskPresenceNames',

    async beforeHandleAwareness({ connection, states }: beforeHandleAwarenessPayload) {
      if (!connection) return; // relayed by another instance, which already named it
      const { name, role } = userOf(connection);
      const color = colourFor(name);
      for (const [clientId, state] of states) states.set(clientId, { ...state, name, role, color });
    },
  };
}
