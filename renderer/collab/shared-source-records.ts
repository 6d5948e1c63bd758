import type * as Y from 'yjs';
import type { SourceSummary } from '../../shared/project/schema';
import { ORIGIN, sourcesOf } from '../../shared/project-doc/layout';
import { readSources, removeSource, writeSource } from '../../shared/project-doc/records';
import { deepEqual } from '../../shared/util/deep-equal';
import { currentDocument, watchOpenDocument } from '../project/document-store';
import { takeSharedSources } from '../project/source-actions';

const sourcesInView = (): readonly SourceSummary[] | null => currentDocument()?.project.sources ?? null;

/** Writes into the document what changed between two lists of the window's sources. */
function publish(doc: Y.Doc, before: readonly SourceSummary[], after: readonly SourceSummary[]): void {
  const previous = new Map(before.map((source) => [source.id, source]));
  const kept = new Set(after.map((source) => source.id));
  doc.transact(() => {
    for (const source of after) if (!deepEqual(previous.get(source.id), source)) writeSource(doc, source);
    for (const id of previous.keys()) if (!kept.has(id)) removeSource(doc, id);
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
 * It starts once the connection is first in step with the server (`ready`):
 * sources this window holds that the document lacks are written then, and
 * the document's list is taken as the window's.
 */
export function followSourceRecords(doc: Y.Doc, session: string): { ready(): void; stop(): void } {
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
    const open = currentDocument();
    if (!open || open.session !== session) return;
    const now = open.project.sources;
    if (now === last) return;
    if (started && !taking && last) publish(doc, last, now);
    last = now;
  };
  const onDoc = (_events: unknown, transaction: Y.Transaction) => {
    if (transaction.origin !== ORIGIN.localUntracked && currentDocument()?.session === session) take();
  };
  const unsubscribe = watchOpenDocument(onView);

  return {
    ready() {
      if (started) return;
      started = true;
      const inDoc = sourcesOf(doc);
      const missing = (sourcesInView() ?? []).filter((source) => !inDoc.has(source.id));
      if (missing.length > 0) publish(doc, [], missing);
      take();
      sourcesOf(doc).observeDeep(onDoc);
    },
    stop() {
      unsubscribe();
      if (started) sourcesOf(doc).unobserveDeep(onDoc);
    },
  };
}
