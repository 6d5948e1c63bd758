import type { beforeSyncPayload, Extension } from '@hocuspocus/server';
import { SERVER_WRITTEN_TYPES } from '../../shared/collab/layout';
import { Refusal } from './refusal';
import { rootsTouchedBy } from './update-roots';

// y-protocols' sync message types: step 1 carries a state vector, step 2 and update carry an update.
const SYNC_STEP_1 = 0;

/**
 * Refuses, before Hocuspocus applies it, any client update that would change
 * a server-written type (or that Yjs could not place yet, see update-roots).
 * The refusal closes that document's connection with the reason; nothing of
 * the update reaches the document or anyone else. Updates from other server
 * instances (Redis) and the server's own writes do not pass through here.
 */
export function protectedTypes(): Extension {
  return {
    extensionName: 'FactdeskProtectedTypes',

    async beforeSync({ connection, document, type, payload }: beforeSyncPayload) {
      // A read-only connection's updates are dropped by Hocuspocus itself.
      if (type === SYNC_STEP_1 || connection.readOnly) return;
      const touched = rootsTouchedBy(document, payload);
      if (!touched.resolved) throw new Refusal(`Update refused: ${touched.why}.`);
      const forbidden = SERVER_WRITTEN_TYPES.filter((name) => touched.roots.has(name));
      if (forbidden.length > 0) {
        throw new Refusal(
          `Update refused: “${forbidden.join('”, “')}” is written by the server only; send a decision or activity message instead.`,
        );
      }
    },
  };
}
