import type { ClaimSuggestion } from '../../shared/claim-finder/find-claims';
import { Store } from './store';

/**
 * The claim finder's suggestions for the text as it was when they were
 * found. They never change the text; an edit to the article makes them stale
 * and they are cleared (run Find claims again).
 */
export interface SuggestionsState {
  status: 'idle' | 'running' | 'ready';
  items: ClaimSuggestion[];
  /** The suggestion focused in the list (also outlined in the article). */
  focused: string | null;
}

export const suggestionsStore = new Store<SuggestionsState>({ status: 'idle', items: [], focused: null });

export const suggestionId = (s: ClaimSuggestion) => `${s.start}:${s.end}`;

export function clearSuggestions(): void {
  suggestionsStore.set({ status: 'idle', items: [], focused: null });
}

export function removeSuggestions(ids: readonly string[]): void {
  suggestionsStore.update((state) => ({
    ...state,
    items: state.items.filter((item) => !ids.includes(suggestionId(item))),
  }));
}
