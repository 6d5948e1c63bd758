import type { StartupState } from '../../shared/api';
import { Store } from './store';

/** What main told the window at start: the platform (for shortcut labels) and whether it has answered yet. */
export const startupStore = new Store<{ platform: StartupState['platform']; ready: boolean }>({
  platform: 'linux',
  ready: false,
});
