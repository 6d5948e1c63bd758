import { randomInt } from 'node:crypto';
import type * as Y from 'yjs';
import { docFromState, PENDING_CHECKSUM, projectFromDoc, withChecksum } from '../../project-doc/document-state';
import { projectMapOf } from '../../../shared/project-doc/layout';
import { CURRENT_VERSION, Project, PROJECT_FORMAT } from '../../../shared/project/schema';

export type SharedProjectState = { ok: true; project: Project } | { ok: false; message: string };

/**
 * The seed of a document made by Factdesk is the client that wrote the
 * project's id (it is written once, when the document is seeded): a copy
 * saved from the server then merges with the sharer's file as one document.
 */
function seedOf(doc: Y.Doc): number {
  const item = (projectMapOf(doc) as unknown as { _map: Map<string, Y.Item> })._map.get('id');
  return item?.id.client ?? randomInt(1, 0xffff_ffff);
}

/**
 * A project as the collaboration server holds it, made readable so the
 * window can open it like a file: its Yjs state becomes the project's state
 * and its readable part is read from the document. Source texts are not in
 * the project document: they open empty here and arrive once the window is
 * connected, from the project's texts document (renderer/collab/shared-source-texts.ts).
 */
export function projectFromServerState(documentId: string, base64State: string, now: Date): SharedProjectState {
  const updates = [base64State];
  let doc: Y.Doc;
  try {
    doc = docFromState({ updates });
  } catch {
    return { ok: false, message: 'The server sent a project this version of Factdesk cannot read.' };
  }
  if (projectMapOf(doc).size === 0)
    return {
      ok: false,
      message: `The server has no project named “${documentId}”. Check the document name, or share the project from the copy that has it (File → Share Project…).`,
    };
  const readable = projectFromDoc(
    doc,
    { format: PROJECT_FORMAT, version: CURRENT_VERSION, activity: [], updatedAt: now.toISOString(), documentId },
    () => '',
  );
  // The state as received is whole (docFromState checked): kept as it came, not encoded again (150–250 ms at 100k words).
  const state = { seed: seedOf(doc), updates, checksum: PENDING_CHECKSUM };
  const checked = Project.safeParse({ ...readable, documentId, yjs: state });
  if (!checked.success)
    return {
      ok: false,
      message: `The project on the server could not be opened: ${checked.error.issues[0]?.path.join('.')}: ${checked.error.issues[0]?.message}`,
    };
  return { ok: true, project: withChecksum(checked.data) };
}
