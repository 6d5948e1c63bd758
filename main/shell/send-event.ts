import { app, type WebContents } from 'electron';
import { checkedEventPayload, eventChannelOf, type ApiEvent, type ApiEventPayloads } from '../../shared/api';

/**
 * The one way main sends the window an event (shared/api.ts's API_EVENTS).
 * Outside a packaged app (development, tests) the payload is checked against
 * the contract first: one it refuses is a bug in main, and throws where it
 * was sent rather than surprising the window.
 */
export function sendEvent<E extends ApiEvent>(contents: WebContents, event: E, payload: ApiEventPayloads[E]): void {
  if (!app.isPackaged) checkedEventPayload(event, payload);
  if (!contents.isDestroyed()) contents.send(eventChannelOf(event), payload);
}
