import { ArticleComposer } from '../../editor/ArticleComposer';
import { ArticleEditor } from '../../editor/ArticleEditor';
import { currentDocument } from '../../project/document-store';
import { AppHeader } from './AppHeader';
import { ArticleMetaForm } from '../article/ArticleMetaForm';
import { SidePanel } from './SidePanel';
import { PanelSplitter } from './PanelSplitter';
import { SourceViewerSplitter } from './SourceViewerSplitter';
import { EvidenceSourceViewer } from '../evidence/EvidenceSourceViewer';
import { useEffect, useRef, useState } from 'react';
import { showPanelWidths } from '../../state/panel-layout-store';
import { setActiveClaim } from '../../state/active-claim-store';
import { closeSourceViewer } from '../../state/source-viewer-store';
import { StatusBar } from './StatusBar';

/** The open project: article (metadata + editor), the source viewer when a source is open, and the side panel. */
export function Workspace() {
  // Handed to the editor once; Workspace remounts on every open. Read, not subscribed to: the project
  // changes with every claim edit, and re-rendering the workspace then re-renders every panel and plugin.
  const [project] = useState(() => currentDocument()!.project);
  const columns = useRef<HTMLDivElement>(null);
  useEffect(() => showPanelWidths(columns.current!), []);
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
        <div className="workspace-main" ref={columns}>
          <main className="article-column" aria-label="Article">
            <ArticleMetaForm />
            <ArticleEditor />
          </main>
          <SourceViewerSplitter />
          <EvidenceSourceViewer />
          <PanelSplitter panel="sidePanelWidth" label="Resize side panel" />
          <SidePanel />
        </div>
      </ArticleComposer>
      <StatusBar />
    </div>
  );
}
