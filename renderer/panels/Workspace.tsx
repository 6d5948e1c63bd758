import { documentStore } from '../state/document-store';
import { useStore } from '../state/store';
import { ArticleEditor } from '../editor/ArticleEditor';
import { AppHeader } from './AppHeader';
import { ArticleMetaForm } from './ArticleMetaForm';
import { SidePanel } from './SidePanel';
import { SourceViewer } from './sources/SourceViewer';
import { StatusBar } from './StatusBar';

/** The open project: article (metadata + editor), the source viewer when a source is open, and the Claims / Sources side panel. */
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
        <SourceViewer />
        <SidePanel />
      </div>
      <StatusBar />
    </div>
  );
}
