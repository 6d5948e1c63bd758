/**
 * The project as a Yjs document (issue 18), measured in Node: seeding the
 * state, the file's size with it, what main does at a save whose window sent
 * no document changes, merging two large copies with 200 edits each, and the
 * Yjs update one keystroke makes. Prints a table and puts its rows into
 * bench/results.json (rows of the same name replaced). `npm run bench:document`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import * as Y from 'yjs';
import { alignedState, docFromState, PENDING_CHECKSUM, withWindowChanges } from '../main/project-doc/document-state';
import { DocumentClaims } from '../renderer/project/document-claims';
import { bodyOf, ORIGIN } from '../shared/project-doc/layout';
import { bindHeadless } from '../main/project-doc/headless-body';
import { ARTICLE_NODE_CLASSES } from '../main/project-doc/article-nodes';
import { createHeadlessEditor } from '@lexical/headless';
import { mergeCopies } from '../main/project-doc/merge-copies';
import { mergeProjects } from '../shared/project/merge';
import { serializeProject } from '../shared/project/project-file';
import type { Project } from '../shared/project/schema';
import { seededRandom } from './generate/prng';
import { generateWorkload, LARGE, TYPICAL, type WorkloadSpec } from './workload';
import { $getRoot, $isElementNode, $isTextNode, type LexicalNode, type TextNode } from 'lexical';

const REPO_ROOT = path.resolve(__dirname, '../..');
const RUNS = 5;

interface Row {
  name: string;
  value: number;
  baseline: number | null;
  ratio: number | null;
  unit: string;
  date: string;
  note: string;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function timed(work: () => void, runs = RUNS): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  return Math.round(median(times));
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a project file edited as loose JSON, as a person edits it by hand
type Json = Record<string, any>;

/** `count` edits in distinct paragraphs chosen by `seed`: a few words added to a text. */
function withEdits(project: Project, count: number, seed: number, tag: string): Project {
  const copy = structuredClone(project) as Json;
  const random = seededRandom(seed);
  const paragraphs = (copy.article.body.root.children as Json[]).filter((block) =>
    block.children?.some((child: Json) => child.type === 'text'),
  );
  for (let i = 0; i < count; i += 1) {
    const block = paragraphs[Math.floor(random.next() * paragraphs.length)];
    const texts = (block.children as Json[]).filter((child) => child.type === 'text');
    texts[texts.length - 1].text += ` ${tag} edit ${i}.`;
  }
  return alignedState(copy as Project);
}

function lastText(): TextNode {
  let found: TextNode | null = null;
  const visit = (node: LexicalNode) => {
    if ($isTextNode(node)) found = node;
    else if ($isElementNode(node)) node.getChildren().forEach(visit);
  };
  visit($getRoot().getChildAtIndex(1)!);
  return found!;
}

/** Bytes of the Yjs update one typed character makes, and the binding's time for it (median of 50). */
function keystroke(project: Project): { bytes: number; ms: number; plainMs: number } {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Buffer.from(project.yjs!.updates[0], 'base64'));
  const bound = bindHeadless(doc);
  const sizes: number[] = [];
  doc.on('update', (update: Uint8Array) => sizes.push(update.byteLength));
  const times: number[] = [];
  for (let i = 0; i < 50; i += 1) {
    const start = performance.now();
    bound.editor.update(() => lastText().spliceText(0, 0, 'x'), { discrete: true });
    times.push(performance.now() - start);
  }
  bound.dispose();
  return { bytes: median(sizes), ms: Math.round(median(times) * 100) / 100, plainMs: plainKeystroke(project) };
}

/** The same keystroke in a headless editor holding the same article, bound to nothing. */
function plainKeystroke(project: Project): number {
  const editor = createHeadlessEditor({
    namespace: 'bench',
    nodes: [...ARTICLE_NODE_CLASSES],
    onError: (error) => {
      throw error;
    },
  });
  editor.setEditorState(editor.parseEditorState(project.article.body as never));
  const times: number[] = [];
  for (let i = 0; i < 50; i += 1) {
    const start = performance.now();
    editor.update(() => lastText().spliceText(0, 0, 'x'), { discrete: true });
    times.push(performance.now() - start);
  }
  return Math.round(median(times) * 100) / 100;
}

/**
 * One card change (a verdict) at this many claims: the Yjs update it makes and
 * its time, with the records in the `claims` map (DocumentClaims.edit, the
 * window's code) vs the whole claim map as one attribute of the body's root
 * (how the binding kept the root's node state before, `s_factdeskClaims`).
 */
function cardChange(project: Project): { bytes: number; ms: number; wholeBytes: number; wholeMs: number } {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Buffer.from(project.yjs!.updates[0], 'base64'));
  const claims = new DocumentClaims(doc, () => 'Bench');
  const verdicts = ['accurate', 'false', 'misleading'] as const;
  const ids = project.claims.map((claim) => claim.id);
  const sizes: number[] = [];
  const onUpdate = (update: Uint8Array) => sizes.push(update.byteLength);
  doc.on('update', onUpdate);
  const times: number[] = [];
  for (let i = 0; i < 50; i += 1) {
    const start = performance.now();
    claims.edit([{ id: ids[i % ids.length], patch: { verdict: verdicts[i % 3] } }]);
    times.push(performance.now() - start);
  }
  const recordBytes = median(sizes);
  sizes.length = 0;
  const whole: Record<string, unknown> = Object.fromEntries(project.claims.map((claim) => [claim.id, claim]));
  const wholeTimes: number[] = [];
  for (let i = 0; i < 50; i += 1) {
    const id = ids[i % ids.length];
    const start = performance.now();
    whole[id] = { ...(whole[id] as object), verdict: verdicts[i % 3] };
    doc.transact(() => bodyOf(doc).setAttribute('s_factdeskClaims', { ...whole } as never), ORIGIN.local);
    wholeTimes.push(performance.now() - start);
  }
  doc.off('update', onUpdate);
  claims.destroy();
  const ms = (values: number[]) => Math.round(median(values) * 100) / 100;
  return { bytes: recordBytes, ms: ms(times), wholeBytes: median(sizes), wholeMs: ms(wholeTimes) };
}

/** A save whose window sent its document's changes (one paragraph edited): what main does with them. */
function saveWithChanges(seeded: Project): Project {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Buffer.from(seeded.yjs!.updates[0], 'base64'));
  const before = Y.encodeStateVector(doc);
  const bound = bindHeadless(doc);
  bound.editor.update(() => lastText().spliceText(0, 0, 'Edited. '), { discrete: true });
  bound.dispose();
  const update = Buffer.from(Y.encodeStateAsUpdate(doc, before)).toString('base64');
  const typed = withEdits(seeded, 1, 7, 'one');
  return { ...typed, yjs: { ...seeded.yjs!, updates: [...seeded.yjs!.updates, update], checksum: PENDING_CHECKSUM } };
}

function measure(spec: WorkloadSpec, date: string): Row[] {
  const plain = generateWorkload(spec).project;
  const rows: Row[] = [];
  const row = (name: string, value: number, baseline: number | null, unit: string, note: string) =>
    rows.push({
      name: `${name}_${spec.name}`,
      value,
      baseline,
      ratio: baseline ? Math.round((value / baseline) * 100) / 100 : null,
      unit,
      date,
      note,
    });

  let seeded: Project = plain;
  const seedMs = timed(() => (seeded = alignedState(plain)), 3);
  const serialiseMs = timed(() => serializeProject(plain));
  row(
    'document_seed',
    seedMs,
    serialiseMs,
    'ms',
    'state made from the readable part (once, on first open of a file without one) vs serialising the project',
  );
  const withState = Buffer.byteLength(serializeProject(seeded));
  const without = Buffer.byteLength(serializeProject(plain));
  row(
    'file_size_with_document',
    Math.round(withState / 1024),
    Math.round(without / 1024),
    'KB',
    'project file with its Yjs state (base64) vs the readable JSON alone (target ≤ 1.6×)',
  );

  const typed = withEdits(seeded, 1, 7, 'one');
  const stale = { ...typed, yjs: { ...seeded.yjs!, checksum: '' } };
  row(
    'save_align_in_main',
    timed(() => alignedState(stale)),
    serialiseMs,
    'ms',
    'main brings the state in line with a window that sent no document changes (one paragraph edited) vs serialising',
  );

  const sent = saveWithChanges(seeded);
  const live = docFromState(sent.yjs!);
  row(
    'save_with_window_changes_in_main',
    timed(() => withWindowChanges(sent, live)),
    timed(() => alignedState(stale)),
    'ms',
    'main writes a bound window’s sent changes into the live document it holds and aligns only sources and details vs aligning the whole state (unbound); the first save of a session decodes the state once more (document_decode)',
  );
  row(
    'document_decode',
    timed(() => docFromState(sent.yjs!), 3),
    null,
    'ms',
    'the state decoded into a document',
  );

  const card = cardChange(seeded);
  row(
    'card_change_update_bytes',
    card.bytes,
    card.wholeBytes,
    'bytes',
    'the Yjs update (and undo history) one verdict change makes: its record in `claims` vs the whole claim map as one body attribute (before)',
  );
  row(
    'card_change_ms_node',
    card.ms,
    card.wholeMs,
    'ms',
    'one verdict change written into the document, Node: its record vs the whole claim map as one attribute (before)',
  );

  const [a, b] = [withEdits(seeded, 200, 11, 'kim'), withEdits(seeded, 200, 13, 'lee')];
  row(
    'merge',
    timed(() => mergeCopies(a, b, ['a', 'b']), 3),
    timed(() => mergeProjects(seeded, a, b), 3),
    'ms',
    'two copies with 200 edits each merged as documents (every edit kept) vs the by-id merge (keeps one article)',
  );

  const key = keystroke(seeded);
  row(
    'yjs_update_per_keystroke',
    key.bytes,
    null,
    'bytes',
    'the Yjs update one typed character makes (what a save or a collaborator receives)',
  );
  row(
    'binding_sync_per_keystroke_node',
    key.ms,
    key.plainMs,
    'ms',
    'headless editor + V2 binding, one character, Node (the window adds rendering) vs the same editor bound to nothing',
  );
  return rows;
}

const date = new Date().toISOString().slice(0, 10);
const rows = [...measure(TYPICAL, date), ...measure(LARGE, date)];
for (const row of rows)
  console.log(
    `${row.name.padEnd(44)} ${String(row.value).padStart(8)} ${row.unit.padEnd(5)} ${row.baseline === null ? '' : `baseline ${row.baseline} → ${row.ratio}×`}`,
  );
const file = path.join(REPO_ROOT, 'bench', 'results.json');
const names = new Set(rows.map((row) => row.name));
const kept = (JSON.parse(readFileSync(file, 'utf8')) as Row[]).filter((row) => !names.has(row.name));
writeFileSync(file, `${JSON.stringify([...kept, ...rows], null, 2)}\n`);
