import type { RecentProject } from '../../shared/api';
import { factdesk } from '../factdesk';
import { Store } from './store';

/** The start screen's recent projects, as main keeps them. */
export const recentProjectsStore = new Store<RecentProject[]>([]);

export async function refreshRecent(): Promise<void> {
  recentProjectsStore.set(await factdesk.listRecentProjects());
}
