import { DEFAULT_PREFERENCES } from '../../shared/settings/preferences';
import {
  clampPanelWidth,
  DEFAULT_SOURCE_VIEWER_WIDTH,
  type PanelLayout,
  type PanelName,
} from '../../shared/settings/panel-layout';
import { Store } from './store';

/** The widths of the columns beside the article now; each project file keeps its own. */
export const panelLayoutStore = new Store<PanelLayout>({
  sidePanelWidth: DEFAULT_PREFERENCES.sidePanelWidth,
  sourceViewerWidth: DEFAULT_SOURCE_VIEWER_WIDTH,
});

/** At start-up: the side panel as wide as it was last, in any project. */
export function startWithSidePanelWidth(width: number): void {
  panelLayoutStore.update((layout) => ({ ...layout, sidePanelWidth: clampPanelWidth('sidePanelWidth', width) }));
}

/** A project opened: the widths it had last time, or the current ones for a project new to this machine. */
export function applyProjectLayout(layout: PanelLayout | null | undefined): void {
  if (layout) panelLayoutStore.set(layout);
}

export function resizePanel(name: PanelName, width: number): void {
  panelLayoutStore.update((layout) => ({ ...layout, [name]: clampPanelWidth(name, width) }));
}

/** The widths reach the page as CSS variables, so a drag restyles two columns and re-renders nothing. */
export function showPanelWidths(root: HTMLElement): () => void {
  const show = () => {
    const { sidePanelWidth, sourceViewerWidth } = panelLayoutStore.get();
    root.style.setProperty('--side-panel-width', `${sidePanelWidth}px`);
    root.style.setProperty('--source-viewer-width', `${sourceViewerWidth}px`);
  };
  show();
  return panelLayoutStore.subscribe(show);
}
