import { z } from 'zod';

/**
 * How a shared project is named outside the app: a collaboration server's
 * address, the project's document id on it, and a `factdesk://` link holding
 * both (never the token: each person uses their own). Used by the dialogs,
 * by main (the OS hands it the link) and by the API's argument checks.
 */

const LOOPBACK = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:\d+)?$/i;

const ADDRESS =
  /^(wss?):\/\/((?:[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?)(\/[A-Za-z0-9._~/-]*)?$/;

/** A ws:// or wss:// address with a host and at most a path (http(s):// and a bare host are read as one); null for anything else. */
export function serverAddress(text: string): string | null {
  let typed = text.trim();
  if (!typed) return null;
  if (/^https?:\/\//i.test(typed)) typed = typed.replace(/^http/i, 'ws');
  // A bare host: TLS unless it is this machine.
  else if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(typed))
    typed = `${LOOPBACK.test(typed.split('/')[0]) ? 'ws' : 'wss'}://${typed}`;
  const match = ADDRESS.exec(typed.replace(/^wss?/i, (scheme) => scheme.toLowerCase()));
  if (!match) return null;
  const [, scheme, host, path = ''] = match;
  return `${scheme}://${host.toLowerCase()}${path === '/' ? '' : path}`;
}

/** Document ids as the server accepts them (up to 200 characters); project ids are `prj_…`. */
export const DOCUMENT_ID = /^[A-Za-z0-9_.:-]{1,200}$/;

export const CollabServerUrl = z
  .string()
  .max(2048)
  .refine((text) => serverAddress(text) === text, 'not a ws:// or wss:// server address');
export const CollabDocumentId = z.string().regex(DOCUMENT_ID);
export const CollabToken = z
  .string()
  .min(1)
  .max(512)
  .regex(/^[\x21-\x7e]+$/, 'an access token is printable characters without spaces');

export interface SharedProjectLink {
  serverUrl: string;
  documentId: string;
}

export const LINK_SCHEME = 'factdesk';

export function shareLink({ serverUrl, documentId }: SharedProjectLink): string {
  return `${LINK_SCHEME}://open?server=${encodeURIComponent(serverUrl)}&document=${encodeURIComponent(documentId)}`;
}

/** The server and document a `factdesk://open?server=…&document=…` link names; null if it is not such a link. */
export function parseShareLink(text: string): SharedProjectLink | null {
  const match = /^factdesk:(?:\/\/)?open\?(.*)$/i.exec(text.trim());
  if (!match) return null;
  const params = new Map<string, string>();
  for (const pair of match[1].split('&')) {
    const [key, value = ''] = pair.split('=');
    try {
      params.set(key, decodeURIComponent(value.replace(/\+/g, ' ')));
    } catch {
      return null;
    }
  }
  const serverUrl = serverAddress(params.get('server') ?? '');
  const documentId = params.get('document') ?? '';
  if (!serverUrl || !DOCUMENT_ID.test(documentId)) return null;
  return { serverUrl, documentId };
}
