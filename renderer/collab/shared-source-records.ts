import type * as Y from 'yjs';
import type { SourceSummary } from '../../shared/project/schema';
import { ORIGIN, sourcesOf } from '../../shared/project-doc/layout';
import { readSources, removeSource, writeSource } from '../../shared/project-doc/records';
import { deepEqual } from '../../shared/util/deep-equal';
import { currentDocument, watchOpenDocument } from '../project/document-store';
import { takeSharedSources } from '../project/source-actions';

const sourcesInView = (): readonly SourceSummary[] => currentDocument()?.project.sources ?? [];

/** Ids whose source differs between two lists (added, changed or removed). */
function changedIds(before: readonly SourceSummary[], after: readonly SourceSummary[]): string[] {
  const previous = new Map(before.map((source) => [source.id, source]));
  const ids = after.filter((source) => !deepEqual(previous.get(source.id), source)).map((source) => source.id);
  const kept = new Set(after.map((source) => source.id));
  return [...ids, ...[...previous.keys()].filter((id) => !kept.has(id))];
}

/** Writes the window's version of these sources into the document (a source the window no longer has is removed). */
function publish(doc: Y.Doc, ids: Iterable<string>): void {
  const inView = new Map(sourcesInView().map((source) => [source.id, source]));
  doc.transact(() => {
    for (const id of ids) {
      const source = inView.get(id);
      if (source) writeSource(doc, source);
      else removeSource(doc, id);
    }
  }, ORIGIN.localUntracked);
}

/**
 * While a project is shared, its sources panel and the project document's
 * `sources` map follow each other: a source added, changed or removed in
 * this window is written into the document (the server sends it on), and
 * one the document gets from another machine shows in the panel. Until the
 * editor's records live in the document (issue 18), the window's sources are
 * otherwise written to the document only by main, at save.
 *
 * It starts once the connection is first in step with the server (`ready`).
 * The window's own changes are told from the server's by what the window
 * did: the sources it changed since its document last matched its panel are
 * written, then the document's list is the window's (so a source removed
 * elsewhere meanwhile stays removed). `panelIsAhead`: the project was just
 * shared while open, its document holding the state last saved and the
 * panel everything since; otherwise (a shared project opening) the document
 * gets the file's state, which matches the panel.
 */
export function followSourceRecords(
  doc: Y.Doc,
  session: string,
  panelIsAhead: boolean,
): { ready(): void; stop(): void } {
  const touched = new Set(panelIsAhead ? changedIds(readSources(doc), sourcesInView()) : []);
  let last = sourcesInView();
  let started = false;
  let taking = false;

  const take = () => {
    const fromDoc = readSources(doc);
    if (deepEqual(fromDoc, sourcesInView())) return;
    taking = true;
    try {
      takeSharedSources(fromDoc);
    } finally {
      taking = false;
    }
    last = sourcesInView();
  };
  const onView = () => {
    if (currentDocument()?.session !== session) return;
    const now = sourcesInView();
    if (now === last) return;
    const ids = taking ? [] : changedIds(last, now);
    last = now;
    if (started) publish(doc, ids);
    else ids.forEach((id) => touched.add(id));
  };
  const onDoc = (_events: unknown, transaction: Y.Transaction) => {
    if (transaction.origin !== ORIGIN.localUntracked && currentDocument()?.session === session) take();
  };
  const unsubscribe = watchOpenDocument(onView);

  return {
    ready() {
      if (started) return;
      started = true;
      publish(doc, touched);
      touched.clear();
      take();
      sourcesOf(doc).observeDeep(onDoc);
    },
    stop() {
      unsubscribe();
      if (started) sourcesOf(doc).unobserveDeep(onDoc);
    },
  };
}
