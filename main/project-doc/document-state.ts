import { createHash, randomUUID } from 'node:crypto';
import * as Y from 'yjs';
import { ORIGIN } from '../../shared/project-doc/layout';
import { viewFromDoc, writeDocContent } from '../../shared/project-doc/project-records';
import type { DocumentState, Project } from '../../shared/project/schema';
import { projectView } from '../../shared/sources/source-summary';
import { bodyFromDoc, writeBodyToDoc } from './headless-body';

/**
 * The Yjs state a project file carries next to its readable part: made when
 * a file has none (migrated from version 2, or written by another tool),
 * checked when it has one, and read back into a readable project (the merge
 * command). docs/project-document.md.
 */

/** Changes when seeding would write different bytes for the same project: the app's seeds then differ, and their copies are not merged as one document. */
const SEED_FORMAT = 'factdesk-seed 2; @lexical/yjs 0.52.0 with flat marks; claim types made with the record';

/** Everything in the readable part that the document mirrors, as text: what seeds are derived from and checksums cover. */
function mirroredText(project: Project): string {
  const {
    format: _f,
    version: _v,
    updatedAt: _u,
    activity: _a,
    yjs: _y,
    heldActivity: _h,
    ...rest
  } = project as Project & { heldActivity?: unknown };
  return JSON.stringify({
    ...rest,
    documentId: documentIdOf(project),
    sources: rest.sources.map(({ text: _text, ...source }) => source),
  });
}

export const documentIdOf = (project: Project): string => project.documentId ?? project.id;

export function checksumOf(project: Project, state: Pick<DocumentState, 'seed' | 'updates'>): string {
  const hash = createHash('sha256');
  hash.update(`${state.seed}\n`);
  for (const update of state.updates) hash.update(update).update('\n');
  return hash.update(mirroredText(project)).digest('hex');
}

/** A state whose checksum is to be computed when the file is written: the window sent its changes with the readable part. */
export const PENDING_CHECKSUM = 'pending';

/**
 * The project as it is written: the checksum of a state the window vouched
 * for stamped; a state nobody vouched for (a save that sent no document
 * changes) keeps none, and is brought in line with the readable part when next opened.
 */
export function withChecksum(project: Project): Project {
  if (!project.yjs || project.yjs.checksum !== PENDING_CHECKSUM) return project;
  return {
    ...project,
    documentId: documentIdOf(project),
    yjs: { ...project.yjs, checksum: checksumOf(project, project.yjs) },
  };
}

export const encodeUpdate = (update: Uint8Array): string =>
  Buffer.from(update.buffer, update.byteOffset, update.byteLength).toString('base64');
export const decodeUpdate = (base64: string): Uint8Array => new Uint8Array(Buffer.from(base64, 'base64'));

/** A document holding the state; throws on a state Yjs cannot read. */
export function docFromState(state: Pick<DocumentState, 'updates'>): Y.Doc {
  const doc = new Y.Doc();
  doc.transact(() => {
    for (const update of state.updates) Y.applyUpdate(doc, decodeUpdate(update));
  }, ORIGIN.load);
  // Yjs keeps what it cannot place yet (an update whose predecessors are missing): such a state is not whole.
  if (doc.store.pendingStructs !== null || doc.store.pendingDs !== null)
    throw new Error('its document history is incomplete');
  return doc;
}

/** Log entries made while seeding are named by count, so that a seed is the same bytes every time. */
function seedAuthor(project: Project) {
  let count = 0;
  return { by: '', at: project.updatedAt, newId: () => `seed_${(count++).toString(36)}` };
}

function seedClientOf(project: Project): number {
  const digest = createHash('sha256').update(SEED_FORMAT).update('\n').update(mirroredText(project)).digest();
  return digest.readUInt32LE(0) || 1;
}

/**
 * The document made from the readable part, the same bytes for the same
 * project: two copies of one version-2 file opened on two machines seed the
 * same document, so they merge as one.
 */
export function seedDocument(project: Project): Pick<DocumentState, 'seed' | 'updates'> {
  const doc = new Y.Doc();
  const seed = seedClientOf(project);
  doc.clientID = seed;
  writeBodyToDoc(doc, project.article.body);
  doc.transact(() => writeDocContent(doc, projectView(project), seedAuthor(project)), ORIGIN.seed);
  return { seed, updates: [encodeUpdate(Y.encodeStateAsUpdate(doc))] };
}

/** Past this many updates in a file, they are written as one (each save that changed something appends one). */
export const MERGE_ABOVE = 16;

/** `doc` changed so that it holds the readable part of `project` (only what differs is written), as one update appended to `state`. */
function alignedWith(
  project: Project,
  state: Pick<DocumentState, 'seed' | 'updates'>,
  doc: Y.Doc,
): Pick<DocumentState, 'seed' | 'updates'> {
  const before = Y.encodeStateVector(doc);
  writeBodyToDoc(doc, project.article.body);
  doc.transact(
    () =>
      writeDocContent(doc, projectView(project), { by: '', at: project.updatedAt, newId: () => `fix_${randomUUID()}` }),
    ORIGIN.seed,
  );
  const after = Y.encodeStateVector(doc);
  if (Buffer.compare(before, after) === 0) return state;
  const updates = [...state.updates, encodeUpdate(Y.encodeStateAsUpdate(doc, before))];
  return {
    seed: state.seed,
    updates: updates.length > MERGE_ABOVE ? [encodeUpdate(Y.mergeUpdates(updates.map(decodeUpdate)))] : updates,
  };
}

/**
 * The project with a state that holds exactly its readable part, vouched for
 * (checksummed when written): a save whose window sent no document changes.
 * Only what differs from the state main holds is written, so the history
 * stays and the copy still merges with others line by line.
 */
export function alignedState(project: Project): Project {
  const documentId = documentIdOf(project);
  const state = project.yjs;
  if (
    state &&
    state.checksum !== '' &&
    state.checksum !== PENDING_CHECKSUM &&
    state.checksum === checksumOf(project, state)
  )
    return project;
  let doc: Y.Doc | null;
  try {
    doc = state ? docFromState(state) : null;
  } catch {
    doc = null;
  }
  const yjs = state && doc ? alignedWith(project, state, doc) : seedDocument(project);
  return withChecksum({ ...project, documentId, yjs: { ...yjs, checksum: PENDING_CHECKSUM } });
}

export interface EnsuredState {
  project: Project;
  /** Said to the user when the state had to be made again or brought in line. */
  notice: string | null;
}

/**
 * The project as written after a save whose window sent its document's
 * changes (already appended to the state, checksum pending): the body, the
 * claim records and the evidence links are the window's, taken as they are.
 * What the window keeps outside its document (sources, the project's and the
 * article's details) and what main changed on the way (claim anchors
 * refreshed) is written into the state — only what differs, cheap next to
 * aligning the body (which needs the article through a headless editor).
 * `live`: a document already holding the state (main/project-doc/stored-document.ts),
 * which spares decoding it (300 ms for 100k words); it is changed in place.
 */
export function withWindowChanges(project: Project, live: Y.Doc | null = null): Project {
  const state = project.yjs;
  if (!state || state.checksum !== PENDING_CHECKSUM) return alignedState(project);
  let doc: Y.Doc;
  try {
    doc = live ?? docFromState(state);
  } catch {
    return alignedState({ ...project, yjs: { ...state, checksum: '' } });
  }
  const before = Y.encodeStateVector(doc);
  doc.transact(
    () =>
      writeDocContent(doc, projectView(project), { by: '', at: project.updatedAt, newId: () => `fix_${randomUUID()}` }),
    ORIGIN.seed,
  );
  const updates =
    Buffer.compare(before, Y.encodeStateVector(doc)) === 0
      ? state.updates
      : [...state.updates, encodeUpdate(Y.encodeStateAsUpdate(doc, before))];
  const merged = updates.length > MERGE_ABOVE ? [encodeUpdate(Y.mergeUpdates(updates.map(decodeUpdate)))] : updates;
  return withChecksum({ ...project, documentId: documentIdOf(project), yjs: { ...state, updates: merged } });
}

/**
 * The project with a document state fit to open: seeded when there is none;
 * checked against its checksum when there is one. A readable part changed
 * outside Factdesk wins: the document is brought in line with it (keeping
 * its history, so it still merges with other copies), and the user is told.
 */
export function ensureDocumentState(project: Project): EnsuredState {
  const documentId = documentIdOf(project);
  const state = project.yjs;
  if (!state)
    return {
      project: withChecksum({ ...project, documentId, yjs: { ...seedDocument(project), checksum: PENDING_CHECKSUM } }),
      notice: null,
    };
  const checksum = checksumOf(project, state);
  if (state.checksum === checksum) return { project: { ...project, documentId }, notice: null };
  let doc: Y.Doc;
  try {
    doc = docFromState(state);
  } catch {
    return {
      project: withChecksum({ ...project, documentId, yjs: { ...seedDocument(project), checksum: PENDING_CHECKSUM } }),
      notice:
        'Its document history could not be read, so it was made again from the project as the file shows it; copies saved before can no longer be merged with it line by line.',
    };
  }
  const aligned = alignedWith(project, state, doc);
  return {
    project: withChecksum({ ...project, documentId, yjs: { ...aligned, checksum: PENDING_CHECKSUM } }),
    // No checksum: written by a caller that sent no document changes (so main could not vouch for it), not by hand.
    notice:
      state.checksum === ''
        ? null
        : 'It was changed outside Factdesk since Factdesk last saved it; what the file now says was kept, and its document history brought in line with it.',
  };
}

/**
 * The readable project a document holds. What only the file keeps comes
 * from `base` (the activity log, when it was saved) and `textOf` (source
 * texts); a source whose text is nowhere throws.
 */
export function projectFromDoc(
  doc: Y.Doc,
  base: Pick<Project, 'format' | 'version' | 'activity' | 'updatedAt' | 'documentId'>,
  textOf: (sourceId: string) => string | undefined,
): Project {
  const body = bodyFromDoc(doc);
  const { heldActivity: _held, ...view } = viewFromDoc(doc, body, { ...base, heldActivity: '' });
  const sources = view.sources.map(({ textLength: _length, ...source }) => {
    const text = textOf(source.id);
    if (text === undefined) throw new Error(`the text of the source “${source.title}” is in neither copy`);
    return { ...source, text };
  });
  return { ...view, sources, yjs: null } as Project;
}
