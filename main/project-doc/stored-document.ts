import * as Y from 'yjs';
import type { DocumentState } from '../../shared/project/schema';
import { ORIGIN } from '../../shared/project-doc/layout';
import { decodeUpdate, docFromState, encodeUpdate, MERGE_ABOVE } from './document-state';

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

  /**
   * The state held, with `change` applied, as a live document: decoded once
   * (a large article's state takes a third of a second), then kept in step
   * with each save that sends changes. Null when there is no change or the
   * state cannot be read.
   */
  liveWith(change: DocumentUpdate | undefined): Y.Doc | null {
    if (!change) return null;
    try {
      this.live ??= this.state ? docFromState(this.state) : new Y.Doc();
      Y.applyUpdate(this.live, decodeUpdate(change.update), ORIGIN.load);
      return this.live;
    } catch {
      this.live = null;
      return null;
    }
  }

  /**
   * The state is on disk: later changes are sent relative to it. `fromLive`:
   * it was made from the live document (which then holds it); any other
   * state — a merge, a save that sent nothing — is decoded afresh when needed.
   */
  accept(state: Pick<DocumentState, 'seed' | 'updates'> | null | undefined, fromLive = false): void {
    if (!fromLive) this.live = null;
    if (state) this.state = { seed: state.seed, updates: state.updates };
  }

  /** A save that failed: the live document may hold what was not written. */
  forgetLive(): void {
    this.live = null;
  }

  private live: Y.Doc | null = null;
}
