import { documentStore } from '../state/document-store';
import { useStore } from '../state/store';
import { ArticleEditor } from '../editor/ArticleEditor';
import { AppHeader } from './AppHeader';
import { ArticleMetaForm } from './ArticleMetaForm';
import { ClaimsPanel } from './ClaimsPanel';
import { StatusBar } from './StatusBar';

/** The open project: article (metadata + editor) beside the Claims panel. */
export function Workspace() {
  // The body is handed to the editor once; Workspace remounts on every open.
  const body = useStore(documentStore, (doc) => doc!.project.article.body);
  return (
    <div className="workspace">
      <AppHeader />
      <div className="workspace-main">
        <main className="article-column" aria-label="Article">
          <ArticleMetaForm />
          <ArticleEditor body={body} />
        </main>
        <ClaimsPanel />
      </div>
      <StatusBar />
    </div>
  );
}
