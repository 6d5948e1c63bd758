import { createCommand } from 'lexical';
import type { Claim } from '../../../shared/schema';

export type ClaimPatch = Partial<Pick<Claim, 'tags' | 'verdict' | 'note' | 'status' | 'comments'>>;

/** Highlight the current selection as a new claim. */
export const MARK_CLAIM_COMMAND = createCommand<void>('MARK_CLAIM_COMMAND');
/** Change a claim's metadata (an undoable step). */
export const UPDATE_CLAIM_COMMAND = createCommand<{ id: string; patch: ClaimPatch }>('UPDATE_CLAIM_COMMAND');
/** Remove a claim and unwrap its highlight, keeping the text (one undoable step). */
export const DELETE_CLAIM_COMMAND = createCommand<string>('DELETE_CLAIM_COMMAND');
