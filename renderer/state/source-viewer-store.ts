import { Store } from './store';

/** Which source the viewer shows, and the excerpt to bring into view (offsets into source.text). */
export interface SourceViewerState {
  sourceId: string | null;
  reveal: { start: number; end: number } | null;
}

export const sourceViewerStore = new Store<SourceViewerState>({ sourceId: null, reveal: null });

export function openSourceViewer(sourceId: string, reveal: SourceViewerState['reveal'] = null): void {
  sourceViewerStore.set({ sourceId, reveal });
}

export function closeSourceViewer(): void {
  sourceViewerStore.set({ sourceId: null, reveal: null });
}
