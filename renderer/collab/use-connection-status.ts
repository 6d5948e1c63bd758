import { useSyncExternalStore } from 'react';
import { activeConnectionStore } from './active-connection';
import type { ConnectionStatus } from './server-provider';

const subscribe = (listener: () => void): (() => void) => {
  let inner: (() => void) | null = null;
  const follow = () => {
    inner?.();
    inner = activeConnectionStore.get()?.connection.status.subscribe(listener) ?? null;
  };
  follow();
  const outer = activeConnectionStore.subscribe(() => {
    follow();
    listener();
  });
  return () => {
    outer();
    inner?.();
  };
};

const current = (): ConnectionStatus | null => activeConnectionStore.get()?.connection.status.get() ?? null;

/** The open project's connection status; null: it is not shared (no connection). */
export function useConnectionStatus(): ConnectionStatus | null {
  return useSyncExternalStore(subscribe, current);
}
