import { factdesk } from '../factdesk';
import { newSeed, ProjectDocument, type ProviderFactory } from './project-document';

/**
 * The open project's document, with the state main holds for it (none for a project made in this window);
 * `makeProvider` connects a shared project to its server (offline when absent).
 */
export async function loadProjectDocument(
  session: string,
  documentId: string,
  makeProvider?: ProviderFactory,
): Promise<ProjectDocument> {
  const state = await factdesk.readDocumentState(session);
  return new ProjectDocument(documentId, state?.seed ?? newSeed(), state, makeProvider);
}
