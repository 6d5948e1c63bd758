import { useState } from 'react';
import type { SourceSummary } from '../../../shared/project/schema';
import { useOpenDocument } from '../../project/document-store';
import { openSourceViewer, sourceViewerStore } from '../../state/source-viewer-store';
import { useStore } from '../../state/store';
import { AddSourceDialog } from './AddSourceDialog';
import { RemoveSourceDialog } from './RemoveSourceDialog';
import { SourceMetaDialog } from './SourceMetaDialog';

type OpenDialog = { kind: 'add' } | { kind: 'edit' | 'remove'; source: SourceSummary } | null;

/** The project's sources: add, open in the viewer, edit details, remove. */
export function SourcesPanel() {
  const sources = useOpenDocument((doc) => doc!.project.sources);
  const evidence = useOpenDocument((doc) => doc!.project.evidence);
  const openId = useStore(sourceViewerStore, (state) => state.sourceId);
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const close = () => setDialog(null);
  return (
    <section className="side-panel sources-panel" role="region" aria-label="Sources">
      <header className="panel-header">
        <h2>Sources</h2>
        <span className="count">{sources.length}</span>
        <span className="spacer" />
        <button type="button" className="primary" onClick={() => setDialog({ kind: 'add' })}>
          Add source
        </button>
      </header>
      {sources.length === 0 ? (
        <p className="empty-hint">No sources yet. Add the documents, pages and interviews the article relies on.</p>
      ) : (
        <ul className="source-list">
          {sources.map((source) => {
            const links = evidence.filter((link) => link.sourceId === source.id).length;
            const byline = [source.outlet, source.author].filter(Boolean).join(' · ');
            return (
              <li key={source.id} className={`source-item ${source.id === openId ? 'is-open' : ''}`}>
                <button
                  type="button"
                  className="source-open"
                  aria-current={source.id === openId || undefined}
                  onClick={() => openSourceViewer(source.id)}
                >
                  <span className="source-title">{source.title}</span>
                  <span className="source-byline">
                    {byline || source.url || source.fileName || 'No outlet or author'}
                  </span>
                  {links > 0 && (
                    <span className="source-links">{links === 1 ? '1 evidence link' : `${links} evidence links`}</span>
                  )}
                </button>
                <div className="source-actions">
                  <button
                    type="button"
                    aria-label={`Edit details of ${source.title}`}
                    onClick={() => setDialog({ kind: 'edit', source })}
                  >
                    Edit
                  </button>
                  <button
                    type="button"
                    aria-label={`Remove ${source.title}`}
                    onClick={() => setDialog({ kind: 'remove', source })}
                  >
                    Remove
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {dialog?.kind === 'add' && <AddSourceDialog onClose={close} />}
      {dialog?.kind === 'edit' && <SourceMetaDialog source={dialog.source} onClose={close} />}
      {dialog?.kind === 'remove' && <RemoveSourceDialog source={dialog.source} onClose={close} />}
    </section>
  );
}
