import type { ClaimMap } from '../../shared/claims/claims-in-body';
import { Store } from '../state/store';

/**
 * What the panels show of the claims, derived from the editor state:
 * metadata, document order, and each highlight's current text.
 */
export interface ClaimsView {
  claims: ClaimMap;
  /** Ids of claims whose highlight is in the article, in document order. */
  order: readonly string[];
  /** Current highlighted text per claim (or the last text seen, once its highlight is gone). */
  quotes: ReadonlyMap<string, string>;
}

export const claimsViewStore = new Store<ClaimsView>({ claims: {}, order: [], quotes: new Map() });

/** The article's holder (the editor's claim index) publishes what the claims are now. */
export function publishClaimsView(view: ClaimsView): void {
  claimsViewStore.set(view);
}

export function orphanIds(view: ClaimsView): string[] {
  const present = new Set(view.order);
  return Object.keys(view.claims).filter((id) => !present.has(id));
}

export function quoteOf(view: ClaimsView, id: string): string {
  return view.quotes.get(id) ?? view.claims[id]?.anchor.quote.exact ?? '';
}
