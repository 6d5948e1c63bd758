import type { Provider, UserState } from '@lexical/yjs';

/**
 * What @lexical/yjs asks of a provider, for a document no one else is
 * connected to: no other users, no local cursor to publish (so the binding
 * syncs no selections). `connect` runs `onConnect`, which is where stored
 * state goes into the document: the binding only sees changes that arrive
 * after it listens, so state put in before would leave the editor empty.
 * The collaboration server's provider takes this one's place when a project
 * is shared.
 */
export function offlineProvider(onConnect: () => void = () => undefined): Provider {
  const states = new Map<number, UserState>();
  const awareness = {
    getLocalState: () => null,
    getStates: () => states,
    on: () => undefined,
    off: () => undefined,
    setLocalState: () => undefined,
    setLocalStateField: () => undefined,
  };
  return {
    awareness,
    connect: onConnect,
    disconnect: () => undefined,
    on: () => undefined,
    off: () => undefined,
  } as Provider;
}
