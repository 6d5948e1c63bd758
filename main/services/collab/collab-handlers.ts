import type { OpenResult, Outcome, SharedConnection, SharedProjectRequestData } from '../../../shared/api';
import type { Project, ProjectView } from '../../../shared/project/schema';
import type { SettingsStore } from '../settings/settings-store';
import { MAX_SHARED_PROJECTS, SharedProject } from './collab-settings';
import { projectFromServerState } from './shared-project-state';
import { TokenVault, type TokenCipher } from './token-vault';

export interface CollabDeps {
  settings: SettingsStore;
  /** Encrypts tokens at rest (safeStorage in the app); null keeps them as typed. */
  tokenCipher: TokenCipher | null;
  clock: () => Date;
  /** Hands a project that has no file yet to the window (the project session: its texts, its document state). */
  begin(project: Project): Promise<{ project: ProjectView; session: string }>;
}

/**
 * Sharing in main (docs/collaboration.md): which projects are shared on
 * which server, and the user's token for each server. The window connects;
 * main only remembers, and turns a state fetched from the server into a
 * project the window opens like a file.
 */
export function createCollabHandlers(deps: CollabDeps) {
  const { settings, clock } = deps;
  const tokens = new TokenVault(settings, deps.tokenCipher);

  /** The list as settings hold it, without entries a hand edit (or another version) made unreadable. */
  const sharedProjects = (): SharedProject[] =>
    (settings.get('sharedProjects') ?? []).filter((entry) => SharedProject.safeParse(entry).success);

  const remember = ({ serverUrl, documentId, token, name }: Omit<SharedProjectRequestData, 'state'>): void => {
    tokens.put(serverUrl, token);
    const entry: SharedProject = { serverUrl, documentId, name, openedAt: clock().toISOString() };
    const others = sharedProjects().filter(
      (shared) => shared.serverUrl !== serverUrl || shared.documentId !== documentId,
    );
    settings.set('sharedProjects', [entry, ...others].slice(0, MAX_SHARED_PROJECTS));
  };

  return {
    /** The window shared its project (the server accepted the token and holds the state): remembered for next time. */
    rememberSharedProject: async (request: Omit<SharedProjectRequestData, 'state'>): Promise<Outcome> => {
      try {
        remember(request);
        return { ok: true };
      } catch (error) {
        return { ok: false, message: `The share could not be remembered: ${String(error)}` };
      }
    },
    /** Where the project with this document id is shared, and the token to use there; null: not shared from here. */
    sharedConnection: async (documentId: string): Promise<SharedConnection | null> => {
      const shared = sharedProjects().find((entry) => entry.documentId === documentId);
      if (!shared) return null;
      const token = tokens.get(shared.serverUrl);
      return token ? { serverUrl: shared.serverUrl, documentId, token } : null;
    },
    listSharedProjects: async (): Promise<SharedProject[]> => sharedProjects(),
    /** A token kept for this server (to open another of its projects without typing it again). */
    tokenForServer: async (serverUrl: string): Promise<string | null> => tokens.get(serverUrl),
    /** The state the window fetched from the server, opened as an unsaved project (Save keeps a local copy). */
    openSharedProject: async (request: SharedProjectRequestData): Promise<OpenResult> => {
      const made = projectFromServerState(request.documentId, request.state, clock());
      if (!made.ok) return { ok: false, path: request.serverUrl, message: made.message };
      const name = made.project.article.title.trim() || request.name || request.documentId;
      const begun = await deps.begin(made.project);
      remember({ ...request, name });
      return {
        ok: true,
        path: null,
        ...begun,
        name,
        notice: `Opened “${name}” from ${request.serverUrl}. Save it to keep a copy on this computer; it stays connected.`,
        repairs: [],
        readOnly: null,
      };
    },
  };
}
