import { DEFAULT_PREFERENCES, type Preferences } from '../../shared/settings/preferences';
import { Store } from './store';

/** The user's preferences as they apply now (see preferences-actions.ts for changing them). */
export const preferencesStore = new Store<Preferences>(DEFAULT_PREFERENCES);
