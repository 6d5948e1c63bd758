import type { ClaimMap } from '../../shared/claims-in-body';
import { firstFreeNumber } from '../../shared/claim-numbers';
import type { ActivityEntry, ArticleBody, Article, Claim, ProjectView, ReviewSettings, SignOff } from '../../shared/schema';
import { claimsViewStore } from './claims-view-store';
import { jsonInSlices } from './json-in-slices';
import { Store } from '../state/store';

/**
 * The open project. The article body is owned by the Lexical editor while a
 * project is open: it is read from the editor only when needed (save), never
 * copied here per keystroke.
 */
export interface OpenDocument {
  /** Changes on every open, so the editor remounts with the new body. */
  key: number;
  path: string | null;
  name: string;
  project: ProjectView;
  dirty: boolean;
  /** Names the source texts main holds for this project (main issues it on open; a project made here gets a fresh one). */
  session: string;
}

export const documentStore = new Store<OpenDocument | null>(null);

let nextKey = 1;
export interface EditorContent {
  body: ArticleBody;
  claims: ClaimMap;
}

/** The editor's content, at once or a slice at a time (a save of a long article); null without an editor. */
let editorContent: { read: () => EditorContent; readInSlices: () => Promise<EditorContent> } | null = null;

export function openDocument(path: string | null, name: string, project: ProjectView, session: string = crypto.randomUUID()): void {
  editorContent = null;
  documentStore.set({ key: nextKey++, path, name, project, dirty: false, session });
}

export function closeDocument(): void {
  editorContent = null;
  documentStore.set(null);
}

/** Stands in for the article body in the store while the editor holds the real one. */
const BODY_IN_EDITOR: ArticleBody = Object.freeze({ root: Object.freeze({ type: 'root' as const, children: [] }) });

function withBody(project: ProjectView, body: ArticleBody): ProjectView {
  return { ...project, article: { ...project.article, body } };
}

/**
 * The editor registers how to read its current body and claims. From then on
 * the store keeps no copy of the body (a 100,000-word article is megabytes):
 * the editor's is the one, read when needed. Should the editor go while the
 * project stays open, its body is put back.
 */
export function provideEditorContent(reader: () => EditorContent, inSlices: () => Promise<EditorContent> = async () => reader()): () => void {
  const provided = { read: reader, readInSlices: inSlices };
  editorContent = provided;
  documentStore.update((doc) => (doc ? { ...doc, project: withBody(doc.project, BODY_IN_EDITOR) } : doc));
  return () => {
    if (editorContent !== provided) return;
    editorContent = null;
    const { body, claims } = reader();
    documentStore.update((doc) => (doc ? { ...doc, project: { ...withBody(doc.project, body), claims: orderedClaims(claims) } } : doc));
  };
}

const editListeners = new Set<() => void>();

/** Called on every edit (each keystroke included), not only the first: for work scheduled after typing stops. */
export function onEdit(listener: () => void): () => void {
  editListeners.add(listener);
  return () => editListeners.delete(listener);
}

/** Edits in the editor so far: a save compares it with its snapshot's. */
let editorEdits = 0;

export function markDirty(): void {
  editorEdits += 1;
  editListeners.forEach((listener) => listener());
  documentStore.update((doc) => (doc && !doc.dirty ? { ...doc, dirty: true } : doc));
}

export function updateArticleMeta(change: Partial<Omit<Article, 'body'>>): void {
  documentStore.update((doc) =>
    doc ? { ...doc, dirty: true, project: { ...doc.project, article: { ...doc.project.article, ...change } } } : doc,
  );
}

/** Claims in document order, orphaned ones (no highlight left) last. */
function orderedClaims(claims: ClaimMap, order: readonly string[] = claimsViewStore.get().order): Claim[] {
  const placed = order.map((id) => claims[id]).filter((claim): claim is Claim => claim !== undefined);
  const placedIds = new Set(order);
  return [...placed, ...Object.values(claims).filter((claim) => !placedIds.has(claim.id))];
}

/**
 * The whole project as it is now: live body and claims from the editor. Selectors are
 * refreshed where the project leaves the app (main's save and export), not here.
 */
export function currentProject(): ProjectView | null {
  const doc = documentStore.get();
  if (!doc) return null;
  return editorContent ? withContent(doc.project, editorContent.read()) : doc.project;
}

function withContent(project: ProjectView, { body, claims }: EditorContent, order?: readonly string[]): ProjectView {
  return { ...withBody(project, body), claims: orderedClaims(claims, order) };
}

/** The activity log only grows. */
export function appendActivity(entries: readonly ActivityEntry[]): void {
  if (entries.length === 0) return;
  documentStore.update((doc) => (doc ? { ...doc, dirty: true, project: { ...doc.project, activity: [...doc.project.activity, ...entries] } } : doc));
}

/**
 * Numbers for `count` new claims. The counter lives here, outside the
 * editor's undo history: undoing a new claim does not give its number back.
 */
export function takeClaimNumbers(count: number, claims: Iterable<Pick<Claim, 'number'>>): number[] {
  const doc = documentStore.get();
  if (!doc) return [];
  const first = firstFreeNumber(doc.project.nextClaimNumber, claims);
  documentStore.update((current) => (current ? { ...current, dirty: true, project: { ...current.project, nextClaimNumber: first + count } } : current));
  return Array.from({ length: count }, (_, i) => first + i);
}

export function setReviewSettings(change: Partial<ReviewSettings>): void {
  documentStore.update((doc) => (doc ? { ...doc, dirty: true, project: { ...doc.project, review: { ...doc.project.review, ...change } } } : doc));
}

export function setSignOff(signOff: SignOff | null): void {
  documentStore.update((doc) => (doc ? { ...doc, dirty: true, project: { ...doc.project, signOff } } : doc));
}

/** What a save writes, with what the store and the editor were when it was taken. */
export interface SaveSnapshot {
  project: ProjectView;
  /** The project's JSON text, for IPC (written in slices: see json-in-slices.ts). */
  text: string;
  base: ProjectView;
  editorEdits: number;
  /** The open document's key: a save that finishes after another was opened leaves that one alone. */
  key: number;
}

/**
 * The project as it is now, for a save or a crash backup. A long article is
 * read a slice at a time, so typing goes on meanwhile; the snapshot is still
 * of this moment. Null if the document closed or another opened meanwhile.
 */
export async function snapshotForSave(): Promise<SaveSnapshot | null> {
  const doc = documentStore.get();
  if (!doc) return null;
  const edits = editorEdits;
  const order = claimsViewStore.get().order;
  const content = editorContent ? await editorContent.readInSlices() : null;
  const project = content ? withContent(doc.project, content, order) : doc.project;
  const text = await jsonInSlices(project);
  if (documentStore.get()?.key !== doc.key) return null;
  return { project, text, base: doc.project, editorEdits: edits, key: doc.key };
}

/**
 * The snapshot is on disk at `path`. A save takes a moment (a large project,
 * a slow disk) and the user goes on working meanwhile: anything changed since
 * the snapshot keeps the document unsaved, and nothing in the store is
 * replaced by the snapshot's older copy.
 */
export function markSaved(path: string, name: string, snapshot: SaveSnapshot): void {
  documentStore.update((doc) => {
    if (doc?.key !== snapshot.key) return doc;
    const unchanged = editorEdits === snapshot.editorEdits && sameApartFromBody(doc.project, snapshot.base);
    return { ...doc, path, name, dirty: doc.dirty && !unchanged };
  });
}

/** The body may have moved into the editor meanwhile (a merged project reopens while it saves): that is no change. */
function sameApartFromBody(now: ProjectView, then: ProjectView): boolean {
  if (now === then) return true;
  const { article: nowArticle, ...nowRest } = now;
  const { article: thenArticle, ...thenRest } = then;
  return shallowEqual(nowRest, thenRest) && shallowEqual({ ...nowArticle, body: null }, { ...thenArticle, body: null });
}

function shallowEqual(a: object, b: object): boolean {
  const aEntries = Object.entries(a);
  return aEntries.length === Object.keys(b).length && aEntries.every(([key, value]) => (b as Record<string, unknown>)[key] === value);
}
