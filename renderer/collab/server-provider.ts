import { HocuspocusProvider, WebSocketStatus } from '@hocuspocus/provider';
import type { Provider } from '@lexical/yjs';
import type * as Y from 'yjs';
import { Store } from '../state/store';

/**
 * Where a shared project's connection stands, as the status bar says it:
 * `syncing` until the server holds everything this window has (and this
 * window everything the server has), `offline` while the socket is down
 * (edits are kept in the document and the file, and sent on reconnect),
 * `refused` when the server turned the token away (no retries).
 */
export type ConnectionState = 'syncing' | 'connected' | 'offline' | 'refused';

export interface ConnectionStatus {
  state: ConnectionState;
  /** The server gave this user read-only access (a reader). Known once authenticated. */
  readOnly: boolean;
  /** What the server said when it refused the token or closed the connection (shown to the user). */
  problem: string | null;
}

export interface ServerConnectionOptions {
  /** ws:// or wss:// address of `factdesk serve`. */
  url: string;
  /** The project's document id: the name the server keeps it under. */
  documentId: string;
  token: string;
  doc: Y.Doc;
  /** Runs once, on the first connect() and before the socket opens: the stored state goes in here (after the binding listens). */
  beforeFirstConnect?: () => void;
  /** Reconnection back-off (tests shorten it). */
  retryDelayMs?: number;
  /** A WebSocket class where there is none built in (Node, in tests). */
  WebSocketPolyfill?: unknown;
}

/**
 * How `factdesk serve` turns a change away (main/server/refusal.ts; docs/collaboration.md): code 4403, or a
 * document closed with a reason starting "Update refused". A revoked token (4401) reconnects once more, to
 * be told why by the authentication that follows; other closes (a restart, a dropped network) reconnect.
 */
const REFUSED_CODE = 4403;

/** Shortens reconnection in tests (the page's localStorage `factdesk.collabRetryMs`). */
function retryDelayOfPage(): number | undefined {
  try {
    const value = Number(globalThis.localStorage?.getItem('factdesk.collabRetryMs'));
    return value > 0 ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A shared project's link to the collaboration server: a HocuspocusProvider
 * that owns its socket (made with `url`, so Lexical's connect()/disconnect()
 * work), seen by @lexical/yjs as its Provider. Hocuspocus says `synced` where
 * Lexical waits for `sync`: it is said again under that name.
 */
export class ServerConnection {
  readonly hocuspocus: HocuspocusProvider;
  readonly status = new Store<ConnectionStatus>({ state: 'offline', readOnly: false, problem: null });
  /** What @lexical/yjs is given: Hocuspocus' own events and awareness, with connect() putting the stored state in first. */
  readonly provider: Provider;
  private beforeFirstConnect: (() => void) | null;
  private socketOpen = false;

  constructor(options: ServerConnectionOptions) {
    this.beforeFirstConnect = options.beforeFirstConnect ?? null;
    const delay = options.retryDelayMs ?? retryDelayOfPage() ?? 1000;
    this.hocuspocus = new HocuspocusProvider({
      url: options.url,
      name: options.documentId,
      token: options.token,
      document: options.doc,
      // The stored state must go in before the first sync, so the socket waits for connect().
      autoConnect: false,
      delay,
      minDelay: delay,
      maxDelay: delay * 10,
      ...(options.WebSocketPolyfill ? { WebSocketPolyfill: options.WebSocketPolyfill } : {}),
    } as ConstructorParameters<typeof HocuspocusProvider>[0]);
    this.provider = this.lexicalProvider();
    this.listen();
  }

  private listen(): void {
    const provider = this.hocuspocus;
    provider.on('synced', ({ state }: { state: boolean }) => {
      (provider as unknown as { emit(event: string, ...args: unknown[]): void }).emit('sync', state);
      this.refresh();
    });
    provider.on('unsyncedChanges', () => this.refresh());
    provider.on('status', ({ status }: { status: WebSocketStatus }) => {
      // Hocuspocus' status names are the ones Lexical's binding listens for: passed on as they are.
      this.socketOpen = status === WebSocketStatus.Connected;
      this.refresh();
    });
    provider.on('authenticated', () => {
      this.status.update((status) => ({ ...status, readOnly: provider.authorizedScope === 'readonly', problem: null }));
    });
    provider.on('authenticationFailed', ({ reason }: { reason: string }) => {
      this.status.set({ state: 'refused', readOnly: false, problem: reason || 'The server refused the access token.' });
      // A refused token stays refused: no retries until the person gives another.
      void provider.disconnect();
    });
    provider.on('close', ({ event }: { event: { code?: number; reason?: string } }) => {
      if (event.code !== REFUSED_CODE && !/^Update refused/.test(event.reason ?? '')) return;
      // The server refused a change (it would refuse it again on every reconnect): stop, and say why.
      this.status.set({
        ...this.status.get(),
        state: 'refused',
        problem: event.reason || 'The server refused a change.',
      });
      void provider.disconnect();
    });
  }

  private refresh(): void {
    this.status.update((status) => {
      if (status.state === 'refused') return status;
      const provider = this.hocuspocus;
      const state: ConnectionState = !this.socketOpen
        ? 'offline'
        : provider.isSynced && !provider.hasUnsyncedChanges
          ? 'connected'
          : 'syncing';
      return state === status.state ? status : { ...status, state };
    });
  }

  connect(): void {
    const first = this.beforeFirstConnect;
    this.beforeFirstConnect = null;
    first?.();
    if (this.status.get().state === 'refused') this.status.set({ state: 'offline', readOnly: false, problem: null });
    void this.hocuspocus.connect();
  }

  disconnect(): void {
    this.hocuspocus.disconnect();
  }

  private lexicalProvider(): Provider {
    const hocuspocus = this.hocuspocus;
    return {
      awareness: hocuspocus.awareness,
      connect: () => this.connect(),
      disconnect: () => this.disconnect(),
      on: (type: string, callback: (...args: never[]) => void) => hocuspocus.on(type, callback),
      off: (type: string, callback: (...args: never[]) => void) => hocuspocus.off(type, callback),
    } as unknown as Provider;
  }

  destroy(): void {
    this.hocuspocus.destroy();
  }
}
