/**
 * Version 2 -> 3: the project becomes a Yjs document (docs/project-document.md).
 *
 * - `documentId`, the document's identity, is the project id: every copy of
 *   a version-2 project gets the same one, so they can still be merged.
 * - `yjs`, the document's state, starts empty here: it is made from the
 *   readable part when main opens the file (main/project-doc/document-state.ts),
 *   through the article editor's own binding, which a JSON migration cannot
 *   run. It is made deterministically: two copies of one version-2 file get
 *   the same state, and so merge as one document.
 *
 * Constants are copied here on purpose: a migration never imports live code.
 */

type Json = Record<string, unknown>;

export function migrate2to3(doc: Json): Json {
  const documentId = typeof doc.documentId === 'string' && doc.documentId !== '' ? doc.documentId : doc.id;
  return { ...doc, version: 3, documentId };
}
