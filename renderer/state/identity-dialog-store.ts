import { Store } from './store';

/** The identity/preferences dialog: 'first-run' cannot be dismissed. */
export const identityDialogStore = new Store<'first-run' | 'preferences' | null>(null);
