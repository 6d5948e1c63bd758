import { Store } from '../state/store';

/** Which sharing dialog is open, with what it starts filled in. */
export type ShareDialog = { kind: 'share' } | { kind: 'open'; server: string; document: string; token: string } | null;

export const shareDialogStore = new Store<ShareDialog>(null);

export const openShareDialog = () => shareDialogStore.set({ kind: 'share' });
export const openSharedProjectDialog = (filled: { server?: string; document?: string; token?: string } = {}) =>
  shareDialogStore.set({
    kind: 'open',
    server: filled.server ?? '',
    document: filled.document ?? '',
    token: filled.token ?? '',
  });
export const closeShareDialog = () => shareDialogStore.set(null);
