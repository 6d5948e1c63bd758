import { sourceViewerStore } from '../../state/source-viewer-store';
import { useStore } from '../../state/store';
import { PanelSplitter } from './PanelSplitter';

/** The source viewer's left edge, while a source is open. */
export function SourceViewerSplitter() {
  const open = useStore(sourceViewerStore, (state) => state.sourceId !== null);
  return open ? <PanelSplitter panel="sourceViewerWidth" label="Resize source viewer" /> : null;
}
