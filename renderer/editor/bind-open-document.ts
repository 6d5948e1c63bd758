import type { LexicalEditor } from 'lexical';
import type { Claim, ArticleBody } from '../../shared/project/schema';
import { currentDocument } from '../project/document-store';
import { closeConnectionOf, providerForProject } from '../collab/active-connection';
import { loadProjectDocument } from '../project/load-project-document';
import { refuseUnloadableArticle } from '../project/file-actions';
import { showNotice } from '../state/notices-store';
import type { ProjectDocument } from '../project/project-document';
import { setArticleArriving } from './article-arrival';
import { mountDocumentBinding } from './document-binding-mount';

/**
 * The open project's article put in the editor through its Yjs document
 * (the switch in document-binding.ts): the document's state is asked of
 * main, then the editor is bound to it. Returns how to unbind.
 */
export function bindOpenDocument(editor: LexicalEditor, body: ArticleBody, claims: readonly Claim[]): () => void {
  const open = currentDocument();
  let unbind: (() => void) | null = null;
  let stopped = false;
  let bound: ProjectDocument | null = null;
  if (!open) return () => undefined;
  const documentId = open.project.documentId ?? open.project.id;
  setArticleArriving(true);
  // A project shared from this computer connects to its server; any other stays offline.
  providerForProject(documentId)
    .then((makeProvider) => loadProjectDocument(open.session, documentId, makeProvider))
    .then(
      (document) => {
        bound = document;
        if (stopped) return closeConnectionOf(document.doc);
        setArticleArriving(false);
        const mounted = mountDocumentBinding(editor, document, {
          body,
          claims: Object.fromEntries(claims.map((claim) => [claim.id, claim])),
          evidence: currentDocument()?.project.evidence ?? [],
        });
        if (mounted) unbind = mounted;
        else refuseUnloadableArticle();
      },
      (error: unknown) => {
        if (!stopped) setArticleArriving(false);
        showNotice('error', `The article could not be opened: ${String(error)}`);
      },
    );
  return () => {
    stopped = true;
    setArticleArriving(false);
    unbind?.();
    if (bound) closeConnectionOf(bound.doc);
  };
}
