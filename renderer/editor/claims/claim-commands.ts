import { createCommand } from 'lexical';
import type { ClaimSuggestion } from '../../../shared/claim-finder/find-claims';
import type { ClaimPatch } from '../../../shared/claims/claim-edit';

export type { ClaimPatch };

/** Highlight the current selection as a new claim. */
export const MARK_CLAIM_COMMAND = createCommand<void>('MARK_CLAIM_COMMAND');
/** Change a claim's metadata (an undoable step). */
export const UPDATE_CLAIM_COMMAND = createCommand<{ id: string; patch: ClaimPatch }>('UPDATE_CLAIM_COMMAND');
/** Change several claims as one undoable step (e.g. send all ready claims to review). */
export const UPDATE_CLAIMS_COMMAND =
  createCommand<ReadonlyArray<{ id: string; patch: ClaimPatch }>>('UPDATE_CLAIMS_COMMAND');
/** Turn claim-finder suggestions into claims (one undoable step), speakers pre-filled. */
export const ACCEPT_SUGGESTIONS_COMMAND = createCommand<readonly ClaimSuggestion[]>('ACCEPT_SUGGESTIONS_COMMAND');
/** Remove a claim and unwrap its highlight, keeping the text (one undoable step). */
export const DELETE_CLAIM_COMMAND = createCommand<string>('DELETE_CLAIM_COMMAND');
