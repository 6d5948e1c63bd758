import { factdesk } from '../factdesk';
import { identityDialogStore } from '../state/identity-dialog-store';
import { identityStore } from '../state/identity-store';
import { showNotice } from '../state/notices-store';
import { startWithSidePanelWidth } from '../state/panel-layout-store';
import { preferencesStore } from '../state/preferences-store';
import { recentProjectsStore } from '../state/recent-projects-store';
import { startupStore } from '../state/startup-store';
import { showOpenResult } from './file-actions';

/** What the window loads at start: who is using it, their preferences, the recent projects, and the project main hands over (if any). */
export async function loadStartupState(): Promise<void> {
  const state = await factdesk.getStartupState();
  identityStore.set(state.identity);
  identityDialogStore.set(state.identity ? null : 'first-run');
  preferencesStore.set(state.preferences);
  recentProjectsStore.set(state.recent);
  // Last: the window shows once everything above is in place.
  startupStore.set({ platform: state.platform, ready: true });
  startWithSidePanelWidth(state.preferences.sidePanelWidth);
  state.notices.forEach((notice) => showNotice('error', notice));
  if (state.initial) showOpenResult(state.initial);
}
