import { factdesk } from '../factdesk';
import { newSeed, ProjectDocument } from './project-document';

/** The open project's document, with the state main holds for it (none for a project made in this window). */
export async function loadProjectDocument(session: string, documentId: string): Promise<ProjectDocument> {
  const state = await factdesk.readDocumentState(session);
  return new ProjectDocument(documentId, state?.seed ?? newSeed(), state);
}
