import type { Provider } from '@lexical/yjs';
import * as Y from 'yjs';
import { ORIGIN } from '../../shared/project-doc/layout';
import { offlineProvider } from '../../shared/project-doc/offline-provider';
import type { DocumentState } from '../../shared/project/schema';
import { fromBase64, toBase64 } from './base64';
import type { DocumentClaims } from './document-claims';

/**
 * The open project's live Yjs document (docs/project-document.md): the
 * article (bound to the editor), claims, sources and evidence. Everything
 * that arrives in it — the file's state when the editor connects, another
 * copy merged in, later a collaboration server — reaches the editor and the
 * panels the same way, through the document's observers. The provider is
 * offline for a local file; a shared project swaps in the server's.
 */
/** Makes a document's provider: `beforeFirstConnect` puts the stored state in and must run first in its connect(). */
export type ProviderFactory = (doc: Y.Doc, beforeFirstConnect: () => void) => Provider;

const offline: ProviderFactory = (_doc, beforeFirstConnect) => offlineProvider(beforeFirstConnect);

export class ProjectDocument {
  readonly doc = new Y.Doc();
  private currentProvider: Provider;
  /** The state vector of what main holds for this project: a save sends what changed since. */
  private storedVector: Uint8Array = Y.encodeStateVector(new Y.Doc());
  private stored: readonly string[] | null;
  private readonly seededHere: boolean;
  /** Set while the editor writes a change that is not the user's (the article put in, highlights restored on open): not an edit. */
  quiet = false;
  /** The editor has the article (a remounted editor takes it from the document as it is). */
  connected = false;
  /** The window's view of the claim records, once the editor is bound (document-binding-mount.ts). */
  claims: DocumentClaims | null = null;

  constructor(
    readonly documentId: string,
    readonly seed: number,
    state: Pick<DocumentState, 'updates'> | null,
    makeProvider: ProviderFactory = offline,
  ) {
    this.stored = state?.updates ?? null;
    this.seededHere = state === null;
    this.currentProvider = makeProvider(this.doc, () => this.applyStored());
  }

  get provider(): Provider {
    return this.currentProvider;
  }

  /** The project was shared while open: the server's provider takes over (the stored state is in the document already). */
  useProvider(makeProvider: ProviderFactory): Provider {
    this.applyStored();
    this.currentProvider = makeProvider(this.doc, () => undefined);
    return this.currentProvider;
  }

  /** A project made in this window (new, imported, rebuilt from its readable part): the window fills its document from the readable part. */
  get madeHere(): boolean {
    return this.seededHere;
  }

  /** The file's state, put in once the editor's binding listens (an editor bound to a filled document would show nothing). */
  private applyStored(): void {
    const updates = this.stored;
    if (!updates) return;
    this.stored = null;
    this.doc.transact(() => {
      for (const update of updates) Y.applyUpdate(this.doc, fromBase64(update));
    }, ORIGIN.load);
    this.storedVector = Y.encodeStateVector(this.doc);
  }

  /** What a save sends: the changes since what main holds, and the vector to call stored once it is written. */
  changesForMain(): { change: { seed: number; update: string }; vector: Uint8Array } {
    const vector = Y.encodeStateVector(this.doc);
    return {
      change: { seed: this.seed, update: toBase64(Y.encodeStateAsUpdate(this.doc, this.storedVector)) },
      vector,
    };
  }

  /** Main has written the state up to `vector`. */
  markStored(vector: Uint8Array): void {
    this.storedVector = vector;
  }

  /** A change the window makes: `undoable` ones go into the person's undo history. */
  change(work: () => void, undoable = true): void {
    this.doc.transact(work, undoable ? ORIGIN.local : ORIGIN.localUntracked);
  }
}

/** A seed for a project made in this window: any number; its copies share it through the file. */
export function newSeed(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0] || 1;
}
