import { UserStore } from '../../../main/server/user-store';
import type { CollabRole } from '../../../shared/collab/roles';

/** Adds users straight to a data folder (the CLI verbs have their own test); returns their tokens. */
export function addUsers(dataDir: string, users: Record<string, CollabRole>): Record<string, string> {
  const store = UserStore.open(dataDir);
  try {
    return Object.fromEntries(Object.entries(users).map(([name, role]) => [name, store.add(name, role)]));
  } finally {
    store.close();
  }
}
