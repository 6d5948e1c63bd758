import { Store } from './store';

export type SideTab = 'claims' | 'sources' | 'activity';

/** The side panel's open tab, and whether its Claims tab shows the review queue (review mode). */
export const sidePanelStore = new Store<{ tab: SideTab; reviewMode: boolean }>({ tab: 'claims', reviewMode: false });

export function showSideTab(tab: SideTab): void {
  sidePanelStore.update((panel) => ({ ...panel, tab }));
}

export function toggleReviewMode(): void {
  sidePanelStore.update((panel) => ({ reviewMode: !panel.reviewMode, tab: 'claims' }));
}

export function leaveReviewMode(): void {
  sidePanelStore.set({ reviewMode: false, tab: 'claims' });
}

export function toggleActivityTab(): void {
  sidePanelStore.update((panel) => ({ ...panel, tab: panel.tab === 'activity' ? 'claims' : 'activity' }));
}
