import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { API_METHODS, channelOf } from '../shared/api';
import { dispatchCall } from './dispatch';
import type { FactdeskHandlers } from './handlers';
import { isAppUrl } from './app-protocol';

/** Only the main frame of our own window, showing our own page, may call the API. */
function isTrustedSender(event: IpcMainInvokeEvent, window: WebContents): boolean {
  const frame = event.senderFrame;
  return event.sender === window && frame !== null && frame === window.mainFrame && isAppUrl(frame.url);
}

export function bindIpc(handlers: FactdeskHandlers, window: WebContents): () => void {
  for (const method of API_METHODS) {
    ipcMain.handle(channelOf(method), (event, ...args: unknown[]) => {
      if (!isTrustedSender(event, window)) throw new Error('Refused: this call did not come from the Factdesk window.');
      return dispatchCall(handlers, method, args);
    });
  }
  return () => API_METHODS.forEach((method) => ipcMain.removeHandler(channelOf(method)));
}
