import type * as Y from 'yjs';
import type { SharedConnection } from '../../shared/api';
import { currentDocument } from '../project/document-store';
import type { ServerConnection } from './server-provider';
import { followSourceRecords } from './shared-source-records';
import { SharedSourceTexts } from './shared-source-texts';

/**
 * A shared project's sources reach the other machines: their records through
 * the project document, their texts through the project's texts document
 * (docs/collaboration.md, "Sources"). Returns what stops both.
 */
export function shareSources(shared: SharedConnection, doc: Y.Doc, connection: ServerConnection): () => void {
  const session = currentDocument()?.session;
  if (!session) return () => undefined;
  // Already in step: a project shared while open (its panel may be ahead of its document).
  const records = followSourceRecords(doc, session, connection.hocuspocus.isSynced);
  const texts = new SharedSourceTexts(shared, session);
  // In step once the server's state is in: a reader whose copy holds changes the server dropped never gets further.
  const whenConnected = () => {
    if (connection.hocuspocus.isSynced) records.ready();
  };
  connection.hocuspocus.on('synced', whenConnected);
  whenConnected();
  return () => {
    connection.hocuspocus.off('synced', whenConnected);
    records.stop();
    texts.stop();
  };
}
