import * as Y from 'yjs';
import { CollabToken, DOCUMENT_ID, parseShareLink, serverAddress, shareLink } from '../../shared/collab/share-link';
import type { RecentSharedProject } from '../../shared/api';
import { factdesk } from '../factdesk';
import { boundDocument } from '../project/document-binding';
import { currentDocument } from '../project/document-store';
import { confirmLeavingDocument, showOpenResult } from '../project/file-actions';
import { toBase64 } from '../project/base64';
import { showNotice } from '../state/notices-store';
import { Store } from '../state/store';
import { adoptConnection } from './active-connection';
import { firstContact } from './first-contact';
import { openSharedProjectDialog } from './share-dialog-store';

/** File → Share Project… and Open Shared Project…, and the shared projects among the recent ones. */

export const recentSharedStore = new Store<RecentSharedProject[]>([]);

export async function refreshRecentShared(): Promise<void> {
  recentSharedStore.set(await factdesk.listSharedProjects());
}

const NO_ADDRESS = 'Give the server’s address, e.g. wss://collab.newsroom.example or 127.0.0.1:1234.';
const NO_TOKEN = 'Give your access token (the server’s administrator makes one with “factdesk users add”).';
const BAD_TOKEN = 'That is not an access token: a token is one word of letters, digits and signs, without spaces.';

/** The token as typed, or the message saying what is wrong with it. */
function tokenOf(text: string): { token: string } | { problem: string } {
  const token = text.trim();
  if (!token) return { problem: NO_TOKEN };
  return CollabToken.safeParse(token).success ? { token } : { problem: BAD_TOKEN };
}

/** Shares the open project: its document goes to the server under its document id. A message when it could not. */
export async function shareOpenProject(serverText: string, tokenText: string): Promise<string | null> {
  const serverUrl = serverAddress(serverText);
  const typed = tokenOf(tokenText);
  if (!serverUrl) return NO_ADDRESS;
  if ('problem' in typed) return typed.problem;
  const { token } = typed;
  const open = currentDocument();
  const document = boundDocument();
  if (!open || !document)
    return 'This project cannot be shared yet: its article is not bound to the project’s document (the document binding is still a switch, off by default).';
  if (!DOCUMENT_ID.test(document.documentId))
    return `This project’s document id (“${document.documentId}”) is not one a server can name: only letters, digits and . _ : - are allowed.`;
  const contact = await firstContact(serverUrl, document.documentId, token, document.doc);
  if (!contact.ok) return contact.message;
  const shared = { serverUrl, documentId: document.documentId };
  document.useProvider(() => adoptConnection(contact.connection, { ...shared, token }, document.doc).provider);
  const remembered = await factdesk.rememberSharedProject({ ...shared, token, name: open.name });
  if (!remembered.ok) showNotice('error', remembered.message);
  void refreshRecentShared();
  showNotice(
    'info',
    `“${open.name}” is shared on ${serverUrl}. Others open it with File → Open Shared Project… and this link: ${shareLink(shared)}`,
  );
  return null;
}

/** What the Open Shared Project dialog was given: a `factdesk://` link in the document field, or an address and a document id. */
function target(serverText: string, documentText: string): { serverUrl: string; documentId: string } | string {
  const link = parseShareLink(documentText) ?? parseShareLink(serverText);
  if (link) return link;
  const serverUrl = serverAddress(serverText);
  const documentId = documentText.trim();
  if (!serverUrl) return NO_ADDRESS;
  if (!DOCUMENT_ID.test(documentId))
    return 'Give the project’s document name (e.g. prj_4f1c9a0b2e7d4c11), or paste the factdesk:// link you were sent.';
  return { serverUrl, documentId };
}

/** Fetches the project from the server and opens it (it stays connected). A message when it could not; null when done or cancelled. */
export async function openShared(serverText: string, documentText: string, tokenText: string): Promise<string | null> {
  const named = target(serverText, documentText);
  if (typeof named === 'string') return named;
  const typed = tokenOf(tokenText);
  if ('problem' in typed) return typed.problem;
  const { token } = typed;
  const doc = new Y.Doc();
  const contact = await firstContact(named.serverUrl, named.documentId, token, doc);
  if (!contact.ok) return contact.message;
  const state = toBase64(Y.encodeStateAsUpdate(doc));
  contact.connection.destroy();
  if (!(await confirmLeavingDocument())) return null;
  const result = await factdesk.openSharedProject({ ...named, token, name: named.documentId, state });
  if (!result.ok) return result.message;
  showOpenResult(result);
  void refreshRecentShared();
  return null;
}

/** A shared project from the recent list: opened with the token kept for its server, else the dialog asks for one. */
export async function openRecentShared(entry: RecentSharedProject): Promise<void> {
  const token = await factdesk.tokenForServer(entry.serverUrl);
  const problem = token ? await openShared(entry.serverUrl, entry.documentId, token) : null;
  if (token && !problem) return;
  // No token kept, or the kept one no longer works (revoked, say): the dialog asks for one.
  if (problem) showNotice('error', problem);
  openSharedProjectDialog({ server: entry.serverUrl, document: entry.documentId });
}

/** A factdesk:// link the OS handed over: the dialog opens filled in (with the token kept for that server). */
export async function openSharedLink(link: string): Promise<void> {
  const parsed = parseShareLink(link);
  if (!parsed) {
    showNotice('error', 'That factdesk:// link does not name a server and a project.');
    return;
  }
  const token = (await factdesk.tokenForServer(parsed.serverUrl)) ?? '';
  openSharedProjectDialog({ server: parsed.serverUrl, document: parsed.documentId, token });
}
