import { $isMarkNode, $unwrapMarkNode, type MarkNode } from '@lexical/mark';
import { $createParagraphNode, $createTextNode, $getRoot, $isElementNode, type LexicalNode } from 'lexical';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { newClaimRecord, readClaim, writeClaim, type ClaimView } from '../../../../shared/project-doc/claim-record';
import { claimsOf, ORIGIN } from '../../../../shared/project-doc/layout';
import { readDocContent } from '../../../../shared/project-doc/project-records';
import { removeEvidence, writeEvidence } from '../../../../shared/project-doc/records';
import { markIdsIn, withoutMarks } from '../../../../shared/project-doc/stray-marks';
import { plainTextOf } from '../../../../shared/article/plain-text';
import { refreshClaimAnchors } from '../../../../shared/anchoring/refresh-claim-anchors';
import type { ArticleBody, Project } from '../../../../shared/project/schema';
import { newClaim } from '../../../../shared/claims/claim-factory';
import { VERDICTS } from '../../../../shared/claims/verdicts';
import { bodyFromDoc } from '../../../../main/project-doc/headless-body';
import { deleteRange, markRange, replicaOf, typeAt, type Replica } from '../../helpers/headless-replicas';

/**
 * Issue 18 item 5: 2–3 in-memory copies of one project document (a headless
 * editor bound to each, through the app's binding), random typing, deleting,
 * marking, unmarking, tagging, rating and linking, delivered between copies
 * in random order with partitions (a delivery is one copy's changes to one
 * other, whenever the run says). Once everything is delivered: every copy
 * holds the same project, no copy ever threw, and after the sweep every
 * highlight has its claim and every claim its highlight or is an orphan with its quote.
 */

const PARAGRAPHS = [
  'The mayor said taxes rose five percent last year.',
  'Turnout was 71 per cent, the highest since 1992.',
  'The bridge reopened on Monday after repairs.',
];

type Op =
  | { kind: 'type'; at: number; paragraph: number; offset: number; text: string }
  | { kind: 'delete'; at: number; paragraph: number; offset: number; length: number }
  | { kind: 'mark'; at: number; paragraph: number; offset: number; length: number }
  | { kind: 'unmark' | 'tag' | 'rate' | 'link' | 'unlink'; at: number; pick: number; value: number }
  | { kind: 'deliver'; from: number; to: number };

const index = fc.nat(20);
const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constant('type' as const),
    at: index,
    paragraph: index,
    offset: fc.nat(80),
    text: fc.constantFrom('x', ' new ', 'é', 'word'),
  }),
  fc.record({
    kind: fc.constant('delete' as const),
    at: index,
    paragraph: index,
    offset: fc.nat(80),
    length: fc.integer({ min: 1, max: 12 }),
  }),
  fc.record({
    kind: fc.constant('mark' as const),
    at: index,
    paragraph: index,
    offset: fc.nat(80),
    length: fc.integer({ min: 1, max: 20 }),
  }),
  fc.record({
    kind: fc.constantFrom('unmark' as const, 'tag' as const, 'rate' as const, 'link' as const, 'unlink' as const),
    at: index,
    pick: fc.nat(50),
    value: fc.nat(50),
  }),
  fc.record({ kind: fc.constant('deliver' as const), from: index, to: index }),
);

interface Copy extends Replica {
  name: string;
  made: number;
}

function makeCopies(count: number): Copy[] {
  const first = replicaOf(new Y.Doc());
  first.editor.update(
    () => {
      for (const text of PARAGRAPHS) $getRoot().append($createParagraphNode().append($createTextNode(text)));
    },
    { discrete: true },
  );
  const state = Y.encodeStateAsUpdate(first.doc);
  const copies: Copy[] = [{ ...first, name: 'r0', made: 0 }];
  for (let i = 1; i < count; i += 1) {
    const doc = new Y.Doc();
    const copy = replicaOf(doc);
    Y.applyUpdate(doc, state, ORIGIN.load);
    copies.push({ ...copy, name: `r${i}`, made: 0 });
  }
  return copies;
}

const author = (copy: Copy) => ({
  by: copy.name,
  at: '2026-12-02T08:00:00.000Z',
  newId: () => `${copy.name}_log_${copy.made++}`,
});
const paragraphLengths = (copy: Copy) =>
  copy.editor.getEditorState().read(() =>
    $getRoot()
      .getChildren()
      .map((block) => block.getTextContentSize()),
  );
const liveClaims = (copy: Copy) => [...readDocContent(copy.doc).claims.values()].sort((a, b) => (a.id < b.id ? -1 : 1));

// One fixed clock for every copy, so that claims made alike read alike wherever they were made.
const CLAIMS_MADE_AT = new Date(0);
const claimFor = (copy: Copy, id: string, quote: string): ClaimView => newClaim(id, quote, copy.name, CLAIMS_MADE_AT);

function $removeMark(id: string): void {
  const visit = (node: LexicalNode) => {
    if ($isMarkNode(node) && node.hasID(id)) {
      (node as MarkNode).deleteID(id);
      if ((node as MarkNode).getIDs().length === 0) $unwrapMarkNode(node as MarkNode);
      return;
    }
    if ($isElementNode(node)) node.getChildren().forEach(visit);
  };
  visit($getRoot());
}

function apply(copies: Copy[], op: Op): void {
  if (op.kind === 'deliver') {
    const [from, to] = [copies[op.from % copies.length], copies[op.to % copies.length]];
    if (from !== to) Y.applyUpdate(to.doc, Y.encodeStateAsUpdate(from.doc, Y.encodeStateVector(to.doc)), ORIGIN.merge);
    return;
  }
  const copy = copies[op.at % copies.length];
  if (op.kind === 'type' || op.kind === 'delete' || op.kind === 'mark') {
    const lengths = paragraphLengths(copy);
    if (lengths.length === 0) return;
    const paragraph = op.paragraph % lengths.length;
    const offset = op.offset % (lengths[paragraph] + 1);
    if (op.kind === 'type') return typeAt(copy.editor, paragraph, offset, op.text);
    const end = Math.min(lengths[paragraph], offset + op.length);
    if (end <= offset) return;
    if (op.kind === 'delete') return deleteRange(copy.editor, paragraph, offset, end);
    const id = `${copy.name}_c${copy.made++}`;
    markRange(copy.editor, paragraph, offset, end, id);
    const quote = copy.editor
      .getEditorState()
      .read(() => $getRoot().getChildAtIndex(paragraph)!.getTextContent().slice(offset, end));
    copy.doc.transact(
      () => writeClaim(claimsOf(copy.doc).set(id, newClaimRecord()), claimFor(copy, id, quote), author(copy)),
      ORIGIN.local,
    );
    return;
  }
  const claims = liveClaims(copy);
  if (claims.length === 0) return;
  const claim = claims[op.pick % claims.length];
  const record = claimsOf(copy.doc).get(claim.id)!;
  if (op.kind === 'unmark') {
    copy.editor.update(() => $removeMark(claim.markId), { discrete: true });
    copy.doc.transact(() => record.set('deleted', { by: copy.name, at: '' }), ORIGIN.local);
  } else if (op.kind === 'tag') {
    const tag = `t${op.value % 5}`;
    copy.doc.transact(
      () =>
        writeClaim(
          record,
          { ...readClaim(record), tags: { ...claim.tags, free: [...claim.tags.free, tag] } },
          author(copy),
        ),
      ORIGIN.local,
    );
  } else if (op.kind === 'rate') {
    const verdict = VERDICTS[op.value % VERDICTS.length];
    copy.doc.transact(
      () =>
        writeClaim(
          record,
          { ...readClaim(record), verdict, verdictBy: copy.name, verdictConflict: undefined },
          author(copy),
        ),
      ORIGIN.local,
    );
  } else if (op.kind === 'link') {
    const link = {
      id: `${copy.name}_e${copy.made++}`,
      claimId: claim.id,
      sourceId: 'src_x',
      stance: 'supports',
      note: '',
      anchor: claim.anchor,
    } as never;
    copy.doc.transact(() => writeEvidence(copy.doc, link), ORIGIN.local);
  } else {
    const linked = readDocContent(copy.doc).evidence.filter((link) => link.claimId === claim.id);
    if (linked.length > 0)
      copy.doc.transact(() => removeEvidence(copy.doc, linked[op.value % linked.length].id), ORIGIN.local);
  }
}

/**
 * The project a copy's document holds, read as main reads a merged document
 * (a fresh headless editor), after checking that the copy's own editor shows
 * the same text and highlights (its nodes may nest marks where a fresh read
 * has one mark with both ids: the same highlights).
 */
function readable(copy: Copy) {
  const body = bodyFromDoc(copy.doc);
  const shown = plainTextOf(copy.editor.getEditorState().toJSON() as unknown as ArticleBody);
  expect(shown).toEqual(plainTextOf(body));
  const content = readDocContent(copy.doc);
  return {
    body,
    claims: [...content.claims.values()].sort((a, b) => (a.id < b.id ? -1 : 1)),
    evidence: content.evidence,
  };
}

function deliverAll(copies: Copy[]): void {
  for (let round = 0; round < 2; round += 1)
    for (const from of copies)
      for (const to of copies) apply(copies, { kind: 'deliver', from: copies.indexOf(from), to: copies.indexOf(to) });
}

// 200 cases take 2–3 s alone and several times that on a loaded machine.
describe('copies of one project document (property)', { timeout: 30_000 }, () => {
  it('converge to the same project whatever the order of delivery, and every highlight and claim point at each other after the sweep', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 3 }), fc.array(opArb, { minLength: 1, maxLength: 60 }), (count, ops) => {
        const copies = makeCopies(count);
        try {
          for (const op of ops) apply(copies, op);
          deliverAll(copies);
          const first = readable(copies[0]);
          for (const copy of copies.slice(1)) expect(readable(copy)).toEqual(first);
          // The sweep (as a merge runs it): highlights whose claim is gone are taken away, claims without one are orphans.
          const live = new Set(first.claims.map((claim) => claim.markId));
          const body = withoutMarks(first.body, new Set([...markIdsIn(first.body)].filter((id) => !live.has(id))));
          const swept = refreshClaimAnchors({ article: { body }, claims: first.claims } as unknown as Project);
          const { marks } = plainTextOf(swept.article.body);
          for (const id of markIdsIn(swept.article.body)) expect(live.has(id)).toBe(true);
          for (const claim of swept.claims) {
            if (marks.has(claim.markId)) expect(claim.orphaned).toBe(false);
            else expect([claim.orphaned, claim.anchor.quote.exact.length > 0]).toEqual([true, true]);
          }
        } finally {
          for (const copy of copies) copy.dispose();
        }
      }),
      { numRuns: 200 },
    );
  });
});
