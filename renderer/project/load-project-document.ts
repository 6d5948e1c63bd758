import { providerForProject } from '../collab/active-connection';
import { factdesk } from '../factdesk';
import { newSeed, ProjectDocument } from './project-document';

/**
 * The open project's document, with the state main holds for it (none for a project made in this window),
 * connected to its collaboration server when it is shared from this computer.
 */
export async function loadProjectDocument(session: string, documentId: string): Promise<ProjectDocument> {
  const [state, provider] = await Promise.all([factdesk.readDocumentState(session), providerForProject(documentId)]);
  return new ProjectDocument(documentId, state?.seed ?? newSeed(), state, provider);
}
