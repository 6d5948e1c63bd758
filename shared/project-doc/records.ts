import * as Y from 'yjs';
import { deepEqual } from '../util/deep-equal';
import type { EvidenceLink, SourceSummary } from '../project/schema';
import { evidenceOf, projectMapOf, sourcesOf } from './layout';

/**
 * Sources, evidence links and the project's own fields in the Y.Doc.
 * - A source is a Y.Map of its fields (two people editing different details
 *   both keep theirs); its text is not in the document.
 * - An evidence link is one plain value, replaced whole (links are made and
 *   removed, not edited).
 * Both carry `seq`, their place in the list: a Y.Map has no order that two
 * replicas agree on, so lists are sorted by (seq, id). A new item takes the
 * next seq; two made at once in two copies tie and sort by id.
 */

type Plain = Record<string, unknown>;
const SEQ = 'seq';

/** Sets each field that differs (and removes fields `next` lacks), so untouched fields keep concurrent changes. */
export function writeFields(map: Y.Map<unknown>, next: Plain, keep: readonly string[] = []): void {
  for (const [key, value] of Object.entries(next))
    if (value !== undefined && !deepEqual(map.get(key), value)) map.set(key, value);
  for (const key of [...map.keys()]) if (!(key in next) && !keep.includes(key)) map.delete(key);
}

function sorted<T>(items: Iterable<[string, T]>, seqOf: (item: T) => number): T[] {
  return [...items]
    .sort(([idA, a], [idB, b]) => seqOf(a) - seqOf(b) || (idA < idB ? -1 : idA > idB ? 1 : 0))
    .map(([, item]) => item);
}

const seqOfMap = (map: Y.Map<unknown>) => Number(map.get(SEQ) ?? 0);
const seqOfValue = (value: unknown) => Number((value as Plain)[SEQ] ?? 0);

function withoutSeq<T>(value: Plain): T {
  const { [SEQ]: _seq, ...rest } = value;
  return rest as T;
}

/** The next place at the end of a list. */
export function nextSeq(values: Iterable<number>): number {
  let highest = -1;
  for (const value of values) if (value > highest) highest = value;
  return highest + 1;
}

export function readSources(doc: Y.Doc): SourceSummary[] {
  return sorted(sourcesOf(doc).entries(), seqOfMap).map((map) => withoutSeq<SourceSummary>(map.toJSON() as Plain));
}

export function readEvidence(doc: Y.Doc): EvidenceLink[] {
  return sorted(evidenceOf(doc).entries(), seqOfValue).map((value) => withoutSeq<EvidenceLink>(value as Plain));
}

/** Adds the source at the end, or changes the fields of the one with its id. */
export function writeSource(doc: Y.Doc, source: SourceSummary): void {
  const sources = sourcesOf(doc);
  let map = sources.get(source.id);
  if (!map) {
    const seq = nextSeq([...sources.values()].map(seqOfMap));
    map = sources.set(source.id, new Y.Map<unknown>());
    map.set(SEQ, seq);
  }
  writeFields(map, source as unknown as Plain, [SEQ]);
}

export function removeSource(doc: Y.Doc, sourceId: string): void {
  sourcesOf(doc).delete(sourceId);
}

/** Adds the link at the end (or at `seq`, to put one back where it was). */
export function writeEvidence(doc: Y.Doc, link: EvidenceLink, seq?: number): void {
  const evidence = evidenceOf(doc);
  const existing = evidence.get(link.id) as Plain | undefined;
  const place = seq ?? (existing ? seqOfValue(existing) : nextSeq([...evidence.values()].map(seqOfValue)));
  const value = { ...link, [SEQ]: place };
  if (!deepEqual(existing, value)) evidence.set(link.id, value);
}

export function removeEvidence(doc: Y.Doc, linkId: string): void {
  evidenceOf(doc).delete(linkId);
}

export function evidenceSeq(doc: Y.Doc, linkId: string): number | undefined {
  const value = evidenceOf(doc).get(linkId);
  return value === undefined ? undefined : seqOfValue(value);
}

/** The project's fields kept in `project` (article details in its nested `article` map, review settings in `review`). */
export const NESTED_FIELDS = ['article', 'review'] as const;

export function readProjectFields(doc: Y.Doc): Plain {
  const map = projectMapOf(doc);
  const fields: Plain = {};
  for (const [key, value] of map.entries()) fields[key] = value instanceof Y.Map ? value.toJSON() : value;
  return fields;
}

/** Writes the project-level fields (no claims, sources, evidence, activity, body): only those that differ. */
export function writeProjectFields(doc: Y.Doc, fields: Plain): void {
  const map = projectMapOf(doc);
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    if ((NESTED_FIELDS as readonly string[]).includes(key) && typeof value === 'object' && value !== null) {
      let nested = map.get(key);
      if (!(nested instanceof Y.Map)) nested = map.set(key, new Y.Map<unknown>());
      writeFields(nested as Y.Map<unknown>, value as Plain);
    } else if (!deepEqual(map.get(key), value)) map.set(key, value);
  }
  for (const key of [...map.keys()]) if (!(key in fields)) map.delete(key);
}

/** Changes some project-level fields, leaving the others alone. */
export function patchProjectFields(doc: Y.Doc, change: Plain): void {
  writeProjectFields(doc, { ...readProjectFields(doc), ...change });
}

/** Changes some article details (title, outlet…), leaving the others alone. */
export function patchArticleFields(doc: Y.Doc, change: Plain): void {
  const map = projectMapOf(doc);
  let nested = map.get('article');
  if (!(nested instanceof Y.Map)) nested = map.set('article', new Y.Map<unknown>());
  for (const [key, value] of Object.entries(change))
    if (!deepEqual((nested as Y.Map<unknown>).get(key), value)) (nested as Y.Map<unknown>).set(key, value);
}
