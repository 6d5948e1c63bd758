import { ipcMain, type WebContents } from 'electron';
import { API_METHODS, channelOf } from '../../shared/api';
import { dispatchCall } from '../dispatch';
import type { FactdeskHandlers } from '../handlers';
import { isAppUrl } from './app-protocol';
import { isTrustedSender } from './web-security';

export function bindIpc(handlers: FactdeskHandlers, window: WebContents): () => void {
  for (const method of API_METHODS) {
    ipcMain.handle(channelOf(method), (event, ...args: unknown[]) => {
      if (!isTrustedSender(event.sender, event.senderFrame, window, isAppUrl))
        throw new Error('Refused: this call did not come from the Factdesk window.');
      return dispatchCall(handlers, method, args);
    });
  }
  return () => API_METHODS.forEach((method) => ipcMain.removeHandler(channelOf(method)));
}
