import { ArticleComposer } from '../editor/ArticleComposer';
import { ArticleEditor } from '../editor/ArticleEditor';
import { documentStore } from '../state/document-store';
import { useStore } from '../state/store';
import { AppHeader } from './AppHeader';
import { ArticleMetaForm } from './ArticleMetaForm';
import { SidePanel } from './SidePanel';
import { SidePanelSplitter } from './SidePanelSplitter';
import { EvidenceSourceViewer } from './evidence/EvidenceSourceViewer';
import { useEffect } from 'react';
import { setActiveClaim } from '../state/active-claim-store';
import { closeSourceViewer } from '../state/source-viewer-store';
import { StatusBar } from './StatusBar';

/** The open project: article (metadata + editor), the source viewer when a source is open, and the side panel. */
export function Workspace() {
  // Handed to the editor once; Workspace remounts on every open.
  const project = useStore(documentStore, (doc) => doc!.project);
  // Per-project state that lives outside the document: cleared when the project closes.
  useEffect(
    () => () => {
      setActiveClaim(null);
      closeSourceViewer();
    },
    [],
  );
  return (
    <div className="workspace">
      <AppHeader />
      <ArticleComposer body={project.article.body} claims={project.claims}>
        <div className="workspace-main">
          <main className="article-column" aria-label="Article">
            <ArticleMetaForm />
            <ArticleEditor />
          </main>
          <EvidenceSourceViewer />
          <SidePanelSplitter />
          <SidePanel />
        </div>
      </ArticleComposer>
      <StatusBar />
    </div>
  );
}
