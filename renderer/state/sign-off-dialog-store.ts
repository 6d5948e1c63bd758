import { Store } from './store';

/** Whether the Sign off dialog (confirmation, or what blocks sign-off) is open. */
export const signOffDialogStore = new Store<{ open: boolean }>({ open: false });

export const openSignOffDialog = () => signOffDialogStore.set({ open: true });
export const closeSignOffDialog = () => signOffDialogStore.set({ open: false });
