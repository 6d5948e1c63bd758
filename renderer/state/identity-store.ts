import type { Identity } from '../../shared/settings/identity';
import { Store } from './store';

/** Who is using the app (null until the first-run question is answered). */
export const identityStore = new Store<Identity | null>(null);

/** The name recorded on changes. */
export function actorName(): string {
  return identityStore.get()?.name ?? '';
}
