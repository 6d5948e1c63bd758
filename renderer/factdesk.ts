import type { FactdeskApi } from '../shared/api';

declare global {
  interface Window {
    factdesk: FactdeskApi;
  }
}

/** The only way the renderer reaches the disk: the contract in shared/api.ts. */
export const factdesk: FactdeskApi = window.factdesk;
