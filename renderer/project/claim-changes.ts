import type { ClaimPatch } from '../../shared/claims/claim-edit';

/**
 * Changes to claim records, for actions that change claims (review
 * decisions, comments, evidence sending a claim back to review). The records
 * live where the article does — today in the Lexical editor's root state, so
 * that text and claims share one undo history; with issue 18 in the Y.Doc
 * the editor is bound to. That holder provides the writer; actions here
 * never reach for the editor themselves.
 */
export interface ClaimChange {
  id: string;
  patch: ClaimPatch;
}

type ClaimWriter = (changes: readonly ClaimChange[]) => void;

let writer: ClaimWriter | null = null;

/** The article's holder says how claims change (one undoable step per call); returns the function that withdraws it. */
export function provideClaimWriter(write: ClaimWriter): () => void {
  writer = write;
  return () => {
    if (writer === write) writer = null;
  };
}

/**
 * Changes claims as one undoable step. Claim cards exist only while the
 * article is shown, so without a holder there is nothing to change.
 */
export function changeClaims(changes: readonly ClaimChange[]): void {
  if (changes.length > 0) writer?.(changes);
}
