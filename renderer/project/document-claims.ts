import * as Y from 'yjs';
import type { ClaimMap } from '../../shared/claims/claims-in-body';
import { isDeleted, newClaimRecord, readClaim, writeClaim, type Author } from '../../shared/project-doc/claim-record';
import { claimsOf, ORIGIN } from '../../shared/project-doc/layout';
import type { Claim } from '../../shared/project/schema';
import { newId } from '../../shared/util/ids';
import { editedClaim } from '../../shared/claims/claim-edit';
import { duplicateNumberFixes } from '../../shared/claims/claim-numbers';
import type { ClaimChange } from './claim-changes';
import { asOneStep } from './undo-history';

/** Who changed the claims: this window (its edits, its undo and redo) or elsewhere (the file's state, a merge, a server). */
export type ClaimsChange = { before: ClaimMap; after: ClaimMap; local: boolean; fromCollaborator: boolean };
type Listener = (change: ClaimsChange) => void;

/** Origins that are not this window's own edits: what arrives with them is never logged as the person's nor undone. */
const ELSEWHERE = new Set<unknown>([ORIGIN.load, ORIGIN.merge, ORIGIN.seed, ORIGIN.sweep]);

/**
 * Whether a transaction is this window's own edit (an edit, its undo or redo). An update applied from
 * elsewhere — a collaboration server's provider is its origin — is not (Yjs marks it `local: false`): it must
 * never be logged under this person's name nor undone by them.
 */
export const isLocal = (transaction: Y.Transaction): boolean => transaction.local && !ELSEWHERE.has(transaction.origin);

/** Whether a transaction brought a collaborator's change (through a server): the local copy is then unsaved. */
export const isFromCollaborator = (transaction: Y.Transaction): boolean =>
  !transaction.local && !ELSEWHERE.has(transaction.origin);

/**
 * The claim records of a bound project (docs/project-document.md): they live
 * in the document's `claims` map, and this is the window's view of them — a
 * ClaimMap rebuilt record by record from the map's events, so a change from
 * anywhere (a card, Ctrl+Z, a merge, later a server) reaches the cards the
 * same way and costs one record, not all of them.
 *
 * An editor command that changes the article and claims together stages the
 * claims (`stage`); the article binding writes them in the same transaction
 * as the article (`flush`), so marking a claim is one change, one undo step.
 */
export class DocumentClaims {
  private view: ClaimMap;
  private staged: ClaimMap | null = null;
  private readonly listeners = new Set<Listener>();
  private readonly observer = (events: Y.YEvent<Y.AbstractType<unknown>>[], transaction: Y.Transaction) =>
    this.recordsChanged(events, transaction);

  constructor(
    readonly doc: Y.Doc,
    private readonly author: () => string,
  ) {
    this.view = readAll(doc);
    claimsOf(doc).observeDeep(this.observer);
  }

  /** The claims as the document holds them. */
  get claims(): ClaimMap {
    return this.view;
  }

  /** The claims as an editor update in progress sees them: with what it staged. */
  current(): ClaimMap {
    return this.staged ?? this.view;
  }

  stage(next: ClaimMap): void {
    this.staged = next;
  }

  get hasStaged(): boolean {
    return this.staged !== null;
  }

  /** Writes what was staged (inside the caller's transaction): only the records that differ. */
  flush(): void {
    const staged = this.staged;
    this.staged = null;
    if (staged && staged !== this.view) this.write(this.view, staged);
  }

  /** Writes these claims (new, changed, or absent: deleted) as they differ from the document's; inside a transaction. */
  write(before: ClaimMap, after: ClaimMap): void {
    const records = claimsOf(this.doc);
    const author = this.authorNow();
    for (const id in after) {
      if (before[id] === after[id]) continue;
      let record = records.get(id);
      if (!record) record = records.set(id, newClaimRecord());
      else if (isDeleted(record)) record.delete('deleted');
      writeClaim(record, after[id], author);
    }
    for (const id in before) {
      const record = records.get(id);
      if (!(id in after) && record && !isDeleted(record)) record.set('deleted', { by: author.by, at: author.at });
    }
  }

  /**
   * Card changes (a verdict, a note, a review decision) as one undo step, in
   * one transaction — the caller's, if it is in one (an evidence link and the
   * claim it sends back to review are one change).
   */
  edit(changes: readonly ClaimChange[]): void {
    const before = this.view;
    const at = new Date().toISOString();
    const after: Record<string, Claim> = { ...before };
    for (const { id, patch } of changes) if (before[id]) after[id] = editedClaim(before[id], patch, this.author(), at);
    asOneStep(() => this.doc.transact(() => this.write(before, after), ORIGIN.local));
  }

  /** Two claims given one number at once elsewhere: the later takes the next free number, as no one's step. */
  renumberDuplicates(): number {
    const fixes = duplicateNumberFixes(Object.values(this.view));
    if (fixes.length === 0) return 0;
    const records = claimsOf(this.doc);
    this.doc.transact(() => fixes.forEach(({ id, to }) => records.get(id)?.set('number', to)), ORIGIN.sweep);
    return fixes.length;
  }

  /** Called on every change to the records, with the claims before and after. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  destroy(): void {
    claimsOf(this.doc).unobserveDeep(this.observer);
    this.listeners.clear();
  }

  private authorNow(): Author {
    return { by: this.author(), at: new Date().toISOString(), newId: () => newId('log') };
  }

  private recordsChanged(events: Y.YEvent<Y.AbstractType<unknown>>[], transaction: Y.Transaction): void {
    const records = claimsOf(this.doc);
    const ids = new Set<string>();
    for (const event of events) {
      if (event.target === records) for (const id of (event as Y.YMapEvent<unknown>).keysChanged) ids.add(id);
      else if (typeof event.path[0] === 'string') ids.add(event.path[0]);
    }
    if (ids.size === 0) return;
    const before = this.view;
    const after: Record<string, Claim> = { ...before };
    for (const id of ids) {
      const record = records.get(id);
      if (!record || isDeleted(record)) delete after[id];
      else after[id] = readClaim(record);
    }
    this.view = after;
    const change = { before, after, local: isLocal(transaction), fromCollaborator: isFromCollaborator(transaction) };
    this.listeners.forEach((listener) => listener(change));
  }
}

function readAll(doc: Y.Doc): ClaimMap {
  const claims: Record<string, Claim> = {};
  for (const [id, record] of claimsOf(doc).entries()) if (!isDeleted(record)) claims[id] = readClaim(record);
  return claims;
}

let bound: DocumentClaims | null = null;
const boundListeners = new Set<Listener>();
const relay: Listener = (change) => boundListeners.forEach((listener) => listener(change));
let unrelay: (() => void) | null = null;

/** The claims of the document the editor is bound to (null: unbound, the claims are in the editor's root state). */
export function boundClaims(): DocumentClaims | null {
  return bound;
}

export function setBoundClaims(claims: DocumentClaims | null): void {
  unrelay?.();
  unrelay = claims ? claims.subscribe(relay) : null;
  bound = claims;
}

/** Called on every change to the bound document's claims, whichever document is bound now. */
export function onBoundClaimsChange(listener: Listener): () => void {
  boundListeners.add(listener);
  return () => boundListeners.delete(listener);
}
