import * as Y from 'yjs';
import type { DocumentState } from '../../shared/project/schema';
import { decodeUpdate, encodeUpdate, MERGE_ABOVE } from './document-state';

/** What the window sends with a save or a backup: its document's changes since the state main holds. */
export interface DocumentUpdate {
  seed: number;
  /** base64 of Y.encodeStateAsUpdate(doc, the state vector of what main holds). */
  update: string;
}

/**
 * The document state main holds for one window's project: as opened, plus
 * each save's changes once they are on disk. The window sends only what
 * changed since (cheap to encode however large the article); an update
 * sent twice does no harm (Yjs applies each change once).
 */
export class StoredDocument {
  constructor(private state: Pick<DocumentState, 'seed' | 'updates'> | null = null) {}

  get current(): Pick<DocumentState, 'seed' | 'updates'> | null {
    return this.state;
  }

  /** The state a file written now carries (null: neither main nor the window has one). */
  with(change: DocumentUpdate | undefined): Pick<DocumentState, 'seed' | 'updates'> | null {
    if (!change) return this.state;
    const updates = [...(this.state?.updates ?? []), change.update];
    return {
      seed: this.state?.seed ?? change.seed,
      updates: updates.length > MERGE_ABOVE ? [encodeUpdate(Y.mergeUpdates(updates.map(decodeUpdate)))] : updates,
    };
  }

  /** The state is on disk: later changes are sent relative to it. */
  accept(state: Pick<DocumentState, 'seed' | 'updates'> | null | undefined): void {
    if (state) this.state = { seed: state.seed, updates: state.updates };
  }
}
