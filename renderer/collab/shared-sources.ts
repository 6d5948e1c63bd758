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
  const records = followSourceRecords(doc, session);
  const texts = new SharedSourceTexts(shared, session);
  const whenConnected = () => {
    if (connection.status.get().state === 'connected') records.ready();
  };
  const unsubscribe = connection.status.subscribe(whenConnected);
  whenConnected();
  return () => {
    unsubscribe();
    records.stop();
    texts.stop();
  };
}
