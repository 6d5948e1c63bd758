import * as Y from 'yjs';

/**
 * The open project as a Yjs document: which top-level type holds what
 * (docs/project-document.md says why). None of these names is one the
 * collaboration server writes itself (shared/collab/layout.ts: `decisions`,
 * `activity`), so a project made here can be shared as it is.
 */

/** The article body: @lexical/yjs's V2 layout (an XmlElement tree), marks stored flat (patches/). */
export const BODY = 'body';
/** claim id → Y.Map of the claim's fields (see claim-record.ts). */
export const CLAIMS = 'claims';
/** source id → Y.Map of the source's fields; the texts stay out (main holds them, the file keeps them). */
export const SOURCES = 'sources';
/** evidence link id → the link (plain JSON, replaced whole). */
export const EVIDENCE = 'evidence';
/** Project-level fields, the article's fields but its body (`article`, a Y.Map) and the review settings (`review`, a Y.Map). */
export const PROJECT = 'project';

export type Record_ = Y.Map<unknown>;

export const bodyOf = (doc: Y.Doc): Y.XmlElement => doc.get(BODY, Y.XmlElement) as Y.XmlElement;
export const claimsOf = (doc: Y.Doc): Y.Map<Record_> => doc.getMap<Record_>(CLAIMS);
export const sourcesOf = (doc: Y.Doc): Y.Map<Record_> => doc.getMap<Record_>(SOURCES);
export const evidenceOf = (doc: Y.Doc): Y.Map<unknown> => doc.getMap<unknown>(EVIDENCE);
export const projectMapOf = (doc: Y.Doc): Y.Map<unknown> => doc.getMap<unknown>(PROJECT);

/**
 * Transaction origins. The per-person undo history tracks only this window's
 * own edits (the editor binding and LOCAL); everything else arrives with one
 * of these and is never undone by Ctrl+Z.
 */
export const ORIGIN = {
  /** Stored state put into the document (opening a file). */
  load: 'factdesk:load',
  /** The window's own edits outside the editor (cards, evidence, sources). */
  local: 'factdesk:local',
  /** The window's own edits that are not undoable steps (source and article details, numbering). */
  localUntracked: 'factdesk:local-untracked',
  /** Another copy merged in (a file on disk, the merge command). */
  merge: 'factdesk:merge',
  /** The repair after a merge: marks and claims made to point at each other again. */
  sweep: 'factdesk:sweep',
  /** The readable part written into the document (seeding, a file edited by hand). */
  seed: 'factdesk:seed',
} as const;
