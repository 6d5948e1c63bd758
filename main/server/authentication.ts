import type {
  Connection,
  Extension,
  Hocuspocus,
  onAuthenticatePayload,
  beforeHandleMessagePayload,
} from '@hocuspocus/server';
import { canEditDocument } from '../../shared/collab/roles';
import { sourceTextsDocumentName } from '../../shared/collab/source-texts';
import { tokenHash } from './access-tokens';
import { Refusal } from './refusal';
import type { CollabUser, TokenCheck, UserStore } from './user-store';

/** What onAuthenticate leaves in every connection's context. */
export interface AuthenticatedContext {
  user: CollabUser;
  tokenHash: string;
}

export function userOf(connection: { context: unknown }): CollabUser {
  return (connection.context as AuthenticatedContext).user;
}

// A project's document id is at most 200 characters (shared/collab/share-link.ts); its texts document adds a suffix.
const MAX_DOCUMENT_NAME = 200 + sourceTextsDocumentName('').length;
// Close code for a token revoked while connected (4401 is Hocuspocus' "Unauthorized").
const REVOKED_CODE = 4401;

function documentNameProblem(name: string): string | null {
  if (name.length > MAX_DOCUMENT_NAME) return `document names are at most ${MAX_DOCUMENT_NAME} characters`;
  if ([...name].some((char) => char.charCodeAt(0) < 32 || char.charCodeAt(0) === 127))
    return 'document names cannot hold control characters';
  return null;
}

function tokenProblem(check: TokenCheck & { ok: false }): string {
  if (check.reason === 'revoked')
    return `This access token was revoked on ${check.revokedAt}. Ask the server's administrator for a new one.`;
  return "This access token is not known to the server. Check it, or ask the server's administrator for one (factdesk users add).";
}

/**
 * Tokens to users: refuses unknown and revoked tokens with a message the
 * client shows, connects readers read-only (Hocuspocus then drops their
 * updates), and cuts a connection whose token is revoked while it is open —
 * at its next message, or within `sweepMs` for a client that only listens.
 */
export function authentication(users: UserStore, sweepMs = 2_000): Extension {
  let sweep: NodeJS.Timeout | null = null;

  const cutIfRevoked = (connection: Connection): boolean => {
    const check = users.checkHash((connection.context as AuthenticatedContext).tokenHash);
    if (check.ok) return false;
    connection.webSocket.close(REVOKED_CODE, check.reason === 'revoked' ? 'Access revoked' : 'Access token unknown');
    return true;
  };

  return {
    extensionName: 'FactdeskAuthentication',

    async onConfigure({ instance }: { instance: Hocuspocus }) {
      sweep = setInterval(() => {
        for (const document of instance.documents.values())
          for (const connection of document.connections.keys()) cutIfRevoked(connection);
      }, sweepMs);
      sweep.unref();
    },

    async onAuthenticate({
      token,
      documentName,
      connectionConfig,
    }: onAuthenticatePayload): Promise<AuthenticatedContext> {
      const nameProblem = documentNameProblem(documentName);
      if (nameProblem) throw new Refusal(`Cannot open “${documentName.slice(0, 40)}”: ${nameProblem}.`);
      if (!token)
        throw new Refusal('No access token was given. Ask the server’s administrator for one (factdesk users add).');
      const check = users.check(token);
      if (!check.ok) throw new Refusal(tokenProblem(check));
      // Returning { readOnly: true } would do nothing: Hocuspocus reads the flag from here.
      connectionConfig.readOnly = !canEditDocument(check.user.role);
      return { user: check.user, tokenHash: tokenHash(token) };
    },

    async beforeHandleMessage({ connection }: beforeHandleMessagePayload) {
      if (cutIfRevoked(connection)) throw new Refusal('Access revoked', REVOKED_CODE);
    },

    async onDestroy() {
      if (sweep) clearInterval(sweep);
    },
  };
}
