import { Store } from './store';

/** The claim whose card is open. `reveal` asks the article to scroll to and flash it. */
export interface ActiveClaim {
  id: string | null;
  revealToken: number;
}

export const activeClaimStore = new Store<ActiveClaim>({ id: null, revealToken: 0 });

export function setActiveClaim(id: string | null, reveal = false): void {
  activeClaimStore.update((active) => ({ id, revealToken: reveal ? active.revealToken + 1 : active.revealToken }));
}
