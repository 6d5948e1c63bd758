import * as Y from 'yjs';
import { withUniqueNumbers } from '../../shared/claims/claim-numbers';
import { isDeleted, readClaim } from '../../shared/project-doc/claim-record';
import { claimsOf, ORIGIN } from '../../shared/project-doc/layout';
import { markIdsIn, withoutMarks } from '../../shared/project-doc/stray-marks';
import { mergeActivity } from '../../shared/project/merge';
import { refreshClaimAnchors } from '../../shared/anchoring/refresh-claim-anchors';
import type { Claim, Project } from '../../shared/project/schema';
import { alignedState, docFromState, documentIdOf, encodeUpdate, projectFromDoc } from './document-state';

/**
 * Two copies of one project merged as Yjs documents: every edit of both is
 * kept (text in one paragraph or in different ones, marks, claims, evidence,
 * sources). What needs a person's eye is reported, never decided silently:
 * - a claim deleted in one copy and changed in the other is kept (the change
 *   would otherwise be lost), as an orphan if its highlight went with the delete;
 * - two verdicts (or review decisions) set at once both stand (the card shows them);
 * - a highlight whose claim is gone is taken away, its text kept;
 * - two new claims given the same number in the two copies: the later is renumbered.
 * Each copy's state is first brought in line with its readable part (a copy
 * edited by hand or saved by a window that sent no document changes).
 */

export interface ClaimLine {
  id: string;
  number: number;
  quote: string;
}

export interface MergeNotes {
  restored: ClaimLine[];
  orphaned: ClaimLine[];
  conflicting: ClaimLine[];
  strayMarks: number;
  renumbered: { from: number; to: number }[];
}

export type CopyMerge =
  | { ok: true; project: Project; notes: MergeNotes }
  | { ok: false; kind: 'different-documents' | 'no-shared-history'; message: string };

const lineOf = (claim: Claim): ClaimLine => ({ id: claim.id, number: claim.number, quote: claim.anchor.quote.exact });

/** Claims deleted in `deleter` and alive in `other`: the only ones a concurrent change can bring back. */
function deletedOnlyIn(deleter: Y.Doc, other: Y.Doc): string[] {
  const theirs = claimsOf(other);
  return [...claimsOf(deleter).entries()]
    .filter(([id, record]) => isDeleted(record) && theirs.has(id) && !isDeleted(theirs.get(id)!))
    .map(([id]) => id);
}

/** Claims `deleter` deleted that `other` changed without having seen the delete. */
function changedWhereDeleted(deleter: Y.Doc, other: Y.Doc): string[] {
  // Replaying the other's changes costs a copy of the whole document: only when a claim could qualify.
  if (deletedOnlyIn(deleter, other).length === 0) return [];
  const probe = new Y.Doc();
  Y.applyUpdate(probe, Y.encodeStateAsUpdate(deleter));
  const touched = new Set<string>();
  claimsOf(probe).observeDeep((events) => {
    for (const event of events) {
      if (event.path.length > 0) touched.add(String(event.path[0]));
      else for (const key of (event as Y.YMapEvent<unknown>).keysChanged) touched.add(key);
    }
  });
  Y.applyUpdate(probe, Y.encodeStateAsUpdate(other, Y.encodeStateVector(deleter)));
  return [...touched].filter((id) => {
    const mine = claimsOf(deleter).get(id);
    const theirs = claimsOf(other).get(id);
    return mine !== undefined && isDeleted(mine) && theirs !== undefined && !isDeleted(theirs);
  });
}

export function mergeCopies(a: Project, b: Project, names: readonly [string, string]): CopyMerge {
  const [idA, idB] = [documentIdOf(a), documentIdOf(b)];
  if (idA !== idB) {
    return {
      ok: false,
      kind: 'different-documents',
      message: `‘${names[0]}’ and ‘${names[1]}’ are not copies of one project (their document ids differ: ${idA}, ${idB}). Factdesk merges only copies of the same project; nothing was merged.`,
    };
  }
  const [left, right] = [alignedState(a), alignedState(b)];
  if (left.yjs!.seed !== right.yjs!.seed) {
    return {
      ok: false,
      kind: 'no-shared-history',
      message: `‘${names[0]}’ and ‘${names[1]}’ are copies of one project that were converted from an older file version separately, after they had parted, so their articles share no history to merge edit by edit.`,
    };
  }
  const [docA, docB] = [docFromState(left.yjs!), docFromState(right.yjs!)];
  const restored = new Set([...changedWhereDeleted(docA, docB), ...changedWhereDeleted(docB, docA)]);
  // A's document becomes the merged one: B's changes that A has not seen go into it.
  const doc = docA;
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(docB, Y.encodeStateVector(docA)), ORIGIN.merge);
  doc.transact(() => {
    for (const id of restored) claimsOf(doc).get(id)?.delete('deleted');
  }, ORIGIN.sweep);

  const texts = new Map([...a.sources, ...b.sources].map((source) => [source.id, source.text]));
  const read = projectFromDoc(
    doc,
    {
      format: a.format,
      version: a.version,
      activity: mergeActivity(a.activity, b.activity),
      updatedAt: a.updatedAt > b.updatedAt ? a.updatedAt : b.updatedAt,
      documentId: idA,
    },
    (id) => texts.get(id),
  );
  const live = new Set(read.claims.map((claim) => claim.markId));
  const stray = new Set([...markIdsIn(read.article.body)].filter((id) => !live.has(id)));
  const numbered = withUniqueNumbers(read.claims, read.nextClaimNumber);
  const swept = refreshClaimAnchors({
    ...read,
    article: { ...read.article, body: withoutMarks(read.article.body, stray) },
    claims: numbered.claims,
    nextClaimNumber: numbered.nextClaimNumber,
  });
  // The sweep is written into the document too, as one more change on top of both copies' history.
  const project = alignedState({
    ...swept,
    yjs: { seed: left.yjs!.seed, updates: [encodeUpdate(Y.encodeStateAsUpdate(doc))], checksum: '' },
  });

  const wasOrphan = new Set([...a.claims, ...b.claims].filter((claim) => claim.orphaned).map((claim) => claim.id));
  const conflicting = [...claimsOf(doc).values()]
    .filter((record) => !isDeleted(record))
    .map(readClaim)
    .filter((claim) => claim.verdictConflict || claim.statusConflict);
  return {
    ok: true,
    project,
    notes: {
      restored: project.claims.filter((claim) => restored.has(claim.id)).map(lineOf),
      orphaned: project.claims
        .filter((claim) => claim.orphaned && !wasOrphan.has(claim.id) && !restored.has(claim.id))
        .map(lineOf),
      conflicting: conflicting.map((claim) => lineOf(project.claims.find((kept) => kept.id === claim.id) ?? claim)),
      strayMarks: stray.size,
      renumbered: numbered.renumbered.map(({ from, to }) => ({ from, to })),
    },
  };
}

const quoted = (line: ClaimLine) =>
  `claim ${line.number} (“${line.quote.length > 60 ? `${line.quote.slice(0, 59)}…` : line.quote}”)`;

/** The merge's notes as sentences for the user, one per thing that needs their eye. */
export function describeMerge(
  notes: MergeNotes,
  names: readonly [string, string] = ['one copy', 'the other'],
): string[] {
  const lines: string[] = [];
  for (const line of notes.restored)
    lines.push(
      `Kept ${quoted(line)}: it was deleted in one copy but changed in the other, so the change is not lost. Delete it again if it should go.`,
    );
  for (const line of notes.conflicting)
    lines.push(
      `Two verdicts or review decisions were set at once for ${quoted(line)}: both are kept; pick one on its card.`,
    );
  for (const line of notes.orphaned)
    lines.push(
      `The highlight of ${quoted(line)} is gone from the merged article: the claim is kept with its quote, as an orphan.`,
    );
  if (notes.strayMarks > 0)
    lines.push(
      `${notes.strayMarks} ${notes.strayMarks === 1 ? 'highlight whose claim was' : 'highlights whose claims were'} deleted ${notes.strayMarks === 1 ? 'was' : 'were'} taken away (the text stays).`,
    );
  for (const { from, to } of notes.renumbered)
    lines.push(`Both ${names[0]} and ${names[1]} numbered a new claim ${from}: the later one is now claim ${to}.`);
  return lines;
}
