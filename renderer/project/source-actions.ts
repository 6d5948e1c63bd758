import type { SourceImportResult } from '../../shared/api';
import type { EvidenceLink, Source, SourceSummary } from '../../shared/project/schema';
import { summariseSource } from '../../shared/sources/source-summary';
import { factdesk } from '../factdesk';
import { evidenceOfSource, withoutSource } from '../../shared/sources/sources';
import { documentStore } from './document-store';
import { changeProject } from './project-changes';
import { closeSourceViewer, sourceViewerStore } from '../state/source-viewer-store';
import { showNotice } from '../state/notices-store';

/** Changes to the project's sources. Each marks the project dirty. */

export type SourceMeta = Pick<SourceSummary, 'title' | 'outlet' | 'author' | 'url' | 'publishedDate' | 'accessedAt'>;

/** The open project's session: main keeps its source texts under it. */
export function currentSession(): string {
  return documentStore.get()!.session;
}

/** A source pasted in the window: its text goes to main, the project keeps its summary. */
export async function keepPastedSource(source: Source): Promise<SourceImportResult> {
  await factdesk.putSourceTexts(currentSession(), [{ id: source.id, text: source.text }]);
  return { ok: true, source: summariseSource(source) };
}

export function addSource(source: SourceSummary): void {
  changeProject((project) => ({ ...project, sources: [...project.sources, source] }));
}

/** A shared project's sources as the project document now holds them (added, changed or removed on another machine). */
export function takeSharedSources(sources: SourceSummary[]): void {
  changeProject((project) => ({ ...project, sources }));
}

/** Texts main did not have reached it (a shared project's, from another machine): the file is to be saved with them. */
export function markSourceTextsArrived(): void {
  changeProject((project) => project);
}

export function updateSourceMeta(sourceId: string, meta: SourceMeta): void {
  changeProject((project) => ({
    ...project,
    sources: project.sources.map((source) =>
      source.id === sourceId ? { ...source, ...meta, title: meta.title.trim() || source.title } : source,
    ),
  }));
}

export function sourceById(sourceId: string): SourceSummary | undefined {
  return documentStore.get()?.project.sources.find((source) => source.id === sourceId);
}

/** How many evidence links would go with the source. */
export function evidenceCountOf(sourceId: string): number {
  const doc = documentStore.get();
  return doc ? evidenceOfSource(doc.project, sourceId).length : 0;
}

/** Removes the source and its evidence links; the toast offers Undo. */
export function removeSource(sourceId: string): void {
  const doc = documentStore.get();
  const source = sourceById(sourceId);
  if (!doc || !source) return;
  const position = doc.project.sources.indexOf(source);
  const links = evidenceOfSource(doc.project, sourceId);
  changeProject((project) => withoutSource(project, sourceId));
  if (sourceViewerStore.get().sourceId === sourceId) closeSourceViewer();
  const linkNote =
    links.length === 0 ? '' : links.length === 1 ? ' and 1 evidence link' : ` and ${links.length} evidence links`;
  showNotice('info', `Removed “${source.title}”${linkNote}.`, {
    label: 'Undo',
    run: () => restoreSource(source, position, links),
  });
}

function restoreSource(source: SourceSummary, position: number, links: EvidenceLink[]): void {
  changeProject((project) => {
    if (project.sources.some((existing) => existing.id === source.id)) return project;
    const sources = [...project.sources];
    sources.splice(Math.min(position, sources.length), 0, source);
    return { ...project, sources, evidence: [...project.evidence, ...links] };
  });
}
