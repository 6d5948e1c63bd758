import { ArticleComposer } from '../editor/ArticleComposer';
import { ArticleEditor } from '../editor/ArticleEditor';
import { documentStore } from '../state/document-store';
import { useStore } from '../state/store';
import { AppHeader } from './AppHeader';
import { ArticleMetaForm } from './ArticleMetaForm';
import { ClaimsPanel } from './ClaimsPanel';
import { StatusBar } from './StatusBar';

/** The open project: article (metadata + editor) beside the Claims panel. */
export function Workspace() {
  // Handed to the editor once; Workspace remounts on every open.
  const project = useStore(documentStore, (doc) => doc!.project);
  return (
    <div className="workspace">
      <AppHeader />
      <ArticleComposer body={project.article.body} claims={project.claims}>
        <div className="workspace-main">
          <main className="article-column" aria-label="Article">
            <ArticleMetaForm />
            <ArticleEditor />
          </main>
          <ClaimsPanel />
        </div>
      </ArticleComposer>
      <StatusBar />
    </div>
  );
}
