import type { ClaimConflict } from '../../shared/project/merge';
import type { ProjectView } from '../../shared/project/schema';
import { Store } from '../state/store';
import { documentStore } from './document-store';

/**
 * Where the conflict dialog stands. A save that finds the file changed on
 * disk by someone else starts it here; conflict-flow.ts holds the ways out
 * (Merge, Keep mine, Save mine as a copy), which end in a save.
 */

export type ConflictReason = 'save' | 'changed';
export type ClaimPick = 'mine' | 'theirs';

export type ConflictState =
  | { stage: 'choose'; reason: ConflictReason; name: string }
  | { stage: 'confirm-overwrite'; reason: ConflictReason; name: string }
  | {
      stage: 'pick-claims';
      reason: ConflictReason;
      name: string;
      merged: ProjectView;
      conflicts: ClaimConflict[];
      picks: Record<string, ClaimPick>;
    };

export const conflictStore = new Store<ConflictState | null>(null);

export function startConflictFlow(reason: ConflictReason): void {
  const doc = documentStore.get();
  if (!doc || conflictStore.get()) return;
  conflictStore.set({ stage: 'choose', reason, name: doc.name });
}

export function cancelConflict(): void {
  conflictStore.set(null);
}

export function askToKeepMine(): void {
  conflictStore.update((state) =>
    state ? { stage: 'confirm-overwrite', reason: state.reason, name: state.name } : state,
  );
}

export function pickClaim(claimId: string, pick: ClaimPick): void {
  conflictStore.update((state) =>
    state?.stage === 'pick-claims' ? { ...state, picks: { ...state.picks, [claimId]: pick } } : state,
  );
}
