import type { FactdeskApi } from '../shared/api';

declare global {
  interface Window {
    factdesk: FactdeskApi;
  }
}

/**
 * The only way the renderer reaches the disk: the contract in shared/api.ts.
 * (Read without assuming a window, so unit tests in Node can import modules that use it.)
 */
export const factdesk: FactdeskApi = (globalThis as { window?: Window }).window?.factdesk as FactdeskApi;
