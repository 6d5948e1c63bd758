import { contextBridge, ipcRenderer } from 'electron';
import { API_EVENTS, API_METHODS, channelOf, eventChannelOf, type ApiEvent, type FactdeskApi } from '../../shared/api';

/** Exposes the contract as window.factdesk — every method in shared/api.ts and nothing else. */
const methods = Object.fromEntries(
  API_METHODS.map((method) => [method, (...args: unknown[]) => ipcRenderer.invoke(channelOf(method), ...args)]),
);

function on(event: ApiEvent, listener: (payload: unknown) => void): () => void {
  if (!Object.hasOwn(API_EVENTS, event)) throw new Error(`Unknown event ${String(event)}`);
  const wrapped = (_event: unknown, payload: unknown) => listener(payload);
  ipcRenderer.on(eventChannelOf(event), wrapped);
  return () => ipcRenderer.removeListener(eventChannelOf(event), wrapped);
}

contextBridge.exposeInMainWorld('factdesk', { ...methods, on } as unknown as FactdeskApi);
