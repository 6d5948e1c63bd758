import { $wrapSelectionInMarkNode } from '@lexical/mark';
import { $getRoot, REDO_COMMAND, UNDO_COMMAND, type LexicalEditor } from 'lexical';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { $getClaims, $setClaims } from '../../../../renderer/editor/claims/claims-state';
import { $rangeForPlainText } from '../../../../renderer/editor/claims/plain-text-range';
import { mountDocumentBinding } from '../../../../renderer/editor/document-binding-mount';
import { boundClaims } from '../../../../renderer/project/document-claims';
import { ProjectDocument } from '../../../../renderer/project/project-document';
import { newClaim } from '../../../../shared/claims/claim-factory';
import { newEvidenceLink } from '../../../../shared/evidence/evidence-links';
import { newClaimRecord, writeClaim } from '../../../../shared/project-doc/claim-record';
import { evidenceOf } from '../../../../shared/project-doc/layout';
import { readEvidence, writeEvidence } from '../../../../shared/project-doc/records';
import { provideClaimWriter } from '../../../../renderer/project/claim-changes';
import { publishClaimsView } from '../../../../renderer/project/claims-view-store';
import { currentDocument, openDocument } from '../../../../renderer/project/document-store';
import { unlinkEvidence } from '../../../../renderer/project/evidence-actions';
import { projectView } from '../../../../shared/sources/source-summary';
import { markIdsIn } from '../../../../shared/project-doc/stray-marks';
import { readClaims } from '../../../../shared/project-doc/project-records';
import { bodyOf, claimsOf, ORIGIN } from '../../../../shared/project-doc/layout';
import type { ArticleBody, Project } from '../../../../shared/project/schema';
import { newArticleEditor, savedDemo, textOf } from '../bound-demo';

// Unlinking reaches for main's source texts and file actions through the preload bridge: none here.
vi.mock('../../../../renderer/factdesk', () => ({ factdesk: {} }));

/**
 * Bound to the project's document (the switch on), the claim records live in
 * its `claims` map (docs/project-document.md): marking writes the highlight
 * and the record in one transaction, a card change touches one record, undo
 * takes back what one action did, and a change arriving from another copy
 * shows without a reload.
 */

let dispose: (() => void) | null = null;
afterEach(() => {
  dispose?.();
  dispose = null;
});

function mounted(project: Project = savedDemo()) {
  const document = new ProjectDocument(project.id, project.yjs!.seed, project.yjs!);
  const editor = newArticleEditor();
  const claims = Object.fromEntries(project.claims.map((claim) => [claim.id, claim]));
  const unmount = mountDocumentBinding(editor, document, { body: project.article.body, claims });
  if (!unmount) throw new Error('not mounted');
  dispose = unmount;
  return { document, editor, project };
}

const claimsInEditor = (editor: LexicalEditor) => editor.getEditorState().read($getClaims);
const marksInEditor = (editor: LexicalEditor) => markIdsIn(editor.getEditorState().toJSON() as unknown as ArticleBody);

/** What the Mark command does: the words highlighted and the claim made, in one editor update. */
function markWords(editor: LexicalEditor, words: string): string {
  const id = `clm_test_${words.length}`;
  editor.update(
    () => {
      const start = $getRoot().getTextContent().indexOf(words);
      const range = $rangeForPlainText(start, start + words.length)!;
      $wrapSelectionInMarkNode(range, false, id);
      $setClaims((claims) => ({ ...claims, [id]: newClaim(id, words, 'Ana', new Date(), 99) }));
    },
    { discrete: true },
  );
  return id;
}

/** The transactions that changed the document, with their origins. */
function transactionsOf(doc: Y.Doc): unknown[] {
  const origins: unknown[] = [];
  doc.on('afterTransaction', (transaction: Y.Transaction) => {
    if (transaction.changed.size > 0) origins.push(transaction.origin);
  });
  return origins;
}

describe('claim records in the project document (bound editor)', () => {
  it('shows the stored claims from the document’s claims map and keeps none in the body', () => {
    const { document, editor, project } = mounted();
    expect(Object.keys(claimsInEditor(editor)).sort()).toEqual(project.claims.map((claim) => claim.id).sort());
    expect(Object.keys(bodyOf(document.doc).getAttributes()).filter((key) => key.startsWith('s_'))).toEqual([]);
  });

  it('marks a claim as one transaction holding the highlight and the record, and undoes and redoes both', () => {
    const { document, editor } = mounted();
    const origins = transactionsOf(document.doc);
    const id = markWords(editor, 'pay more for water');
    expect(origins).toHaveLength(1);
    expect(claimsOf(document.doc).get(id)?.get('anchor')).toBeDefined();
    expect(bodyOf(document.doc).toString()).toContain(`m_${id}`);
    expect(Object.keys(bodyOf(document.doc).getAttributes()).filter((key) => key.startsWith('s_'))).toEqual([]);
    expect(claimsInEditor(editor)[id]).toBeDefined();

    editor.dispatchCommand(UNDO_COMMAND, undefined);
    expect(claimsInEditor(editor)[id]).toBeUndefined();
    expect(readClaims(document.doc).has(id)).toBe(false);
    expect(marksInEditor(editor).has(id)).toBe(false);

    editor.dispatchCommand(REDO_COMMAND, undefined);
    expect(claimsInEditor(editor)[id]?.anchor.quote.exact).toBe('pay more for water');
    expect(marksInEditor(editor).has(id)).toBe(true);
  });

  it('writes a card change into that one record, as a step of its own that undo takes back alone', () => {
    const { document, editor, project } = mounted();
    const [first, second] = project.claims;
    editor.update(() => $getRoot().getFirstDescendant()!.getParent()!.selectStart().insertText('Breaking: '), {
      discrete: true,
    });
    const before = claimsInEditor(editor);
    const origins = transactionsOf(document.doc);
    boundClaims()!.edit([{ id: first.id, patch: { verdict: 'false', note: 'Checked with the utility.' } }]);
    expect(origins).toEqual([ORIGIN.local]);
    const after = claimsInEditor(editor);
    expect(after[first.id].verdict).toBe('false');
    expect(readClaims(document.doc).get(first.id)?.note).toBe('Checked with the utility.');
    // Only the changed record is read again: the cards of the others keep their objects.
    expect(after[second.id]).toBe(before[second.id]);

    editor.dispatchCommand(UNDO_COMMAND, undefined);
    expect(claimsInEditor(editor)[first.id].verdict).toBe(first.verdict);
    expect(textOf(editor)).toContain('Breaking: ');
  });

  it('deletes a claim as a tombstone in its record, and undo brings it back', () => {
    const { document, editor, project } = mounted();
    const [first] = project.claims;
    editor.update(
      () =>
        $setClaims((claims) => {
          const { [first.id]: _gone, ...rest } = claims;
          return rest;
        }),
      { discrete: true },
    );
    expect(claimsOf(document.doc).get(first.id)?.get('deleted')).toBeDefined();
    expect(claimsInEditor(editor)[first.id]).toBeUndefined();
    editor.dispatchCommand(UNDO_COMMAND, undefined);
    expect(claimsInEditor(editor)[first.id]?.id).toBe(first.id);
  });

  it('shows a change arriving from another copy without a reload, and Ctrl+Z never undoes it', () => {
    const { document, editor, project } = mounted();
    const [first] = project.claims;
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(document.doc));
    other.transact(() => {
      const note = claimsOf(other).get(first.id)!.get('note') as Y.Text;
      note.insert(0, 'From the desk: ');
    });
    Y.applyUpdate(document.doc, Y.encodeStateAsUpdate(other, Y.encodeStateVector(document.doc)), ORIGIN.merge);
    expect(claimsInEditor(editor)[first.id].note.startsWith('From the desk: ')).toBe(true);
    editor.dispatchCommand(UNDO_COMMAND, undefined);
    expect(claimsInEditor(editor)[first.id].note.startsWith('From the desk: ')).toBe(true);
  });
});

describe('marks and records after a change arrives from elsewhere (bound editor)', () => {
  it('takes a highlight off when its claim was deleted in the other copy; the text stays and Ctrl+Z does not bring it back', async () => {
    const { document, editor, project } = mounted();
    const [first] = project.claims;
    expect(marksInEditor(editor).has(first.markId)).toBe(true);
    const text = textOf(editor);
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(document.doc));
    other.transact(() => claimsOf(other).get(first.id)!.set('deleted', { by: 'Kim', at: '2026-12-02T10:00:00.000Z' }));
    Y.applyUpdate(document.doc, Y.encodeStateAsUpdate(other, Y.encodeStateVector(document.doc)), ORIGIN.merge);
    expect(claimsInEditor(editor)[first.id]).toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(marksInEditor(editor).has(first.markId)).toBe(false);
    expect(bodyOf(document.doc).toString()).not.toContain(`m_${first.markId}`);
    expect(textOf(editor)).toBe(text);
    editor.dispatchCommand(UNDO_COMMAND, undefined);
    expect(marksInEditor(editor).has(first.markId)).toBe(false);
  });
});

describe('a collaborator’s change arriving through a server (bound editor)', () => {
  /** What a collaboration provider does: the other copy's update applied with the provider as its origin. */
  const fromServer = (document: ProjectDocument, other: Y.Doc) =>
    Y.applyUpdate(document.doc, Y.encodeStateAsUpdate(other, Y.encodeStateVector(document.doc)), {
      provider: 'server',
    });

  it('is not this person’s change: not theirs in the log, not undone by them, but the local file is behind', () => {
    const { document, project } = mounted();
    const [first] = project.claims;
    const changes: { local: boolean; fromCollaborator: boolean }[] = [];
    boundClaims()!.subscribe(({ local, fromCollaborator }) => changes.push({ local, fromCollaborator }));
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(document.doc));
    other.transact(() => (claimsOf(other).get(first.id)!.get('note') as Y.Text).insert(0, 'Kim: '));
    fromServer(document, other);
    expect(changes).toEqual([{ local: false, fromCollaborator: true }]);
  });

  it('renumbers the later of two claims made at once with one number, the same way in both windows', async () => {
    const { document, editor, project } = mounted();
    const number = Math.max(...project.claims.map((claim) => claim.number)) + 1;
    const theirs = new Y.Doc();
    Y.applyUpdate(theirs, Y.encodeStateAsUpdate(document.doc));
    const mine = markWords(editor, 'Households in Port Calder');
    boundClaims()!.edit([]);
    document.doc.transact(() => claimsOf(document.doc).get(mine)!.set('number', number), ORIGIN.local);
    theirs.transact(() => {
      const record = newClaimRecord();
      claimsOf(theirs).set('clm_kim', record);
      const claim = { ...newClaim('clm_kim', 'will pay more', 'Kim', new Date('2999-01-01T00:00:00Z'), number) };
      writeClaim(record, claim, { by: 'Kim', at: claim.createdAt, newId: () => 'log_kim' });
    });
    fromServer(document, theirs);
    await new Promise((resolve) => setTimeout(resolve, 10));
    const numbers = [...readClaims(document.doc).values()].map((claim) => [claim.id, claim.number] as const);
    expect(Object.fromEntries(numbers)).toMatchObject({ [mine]: number, clm_kim: number + 1 });
    expect(new Set(numbers.map(([, n]) => n)).size).toBe(numbers.length);
  });
});

describe('evidence links in the project document (bound editor)', () => {
  it('unlinks evidence and sends the approved claim back to review in one transaction, one undo step', () => {
    const { document, editor, project } = mounted();
    const [first] = project.claims;
    const source = { id: 'src_report', title: 'Utility report', text: 'Rates rise 12 per cent next year.' };
    const link = newEvidenceLink(first.id, source as never, 0, 19, 'supports', '', 'Ana', new Date());
    // The project as it was opened: the link there, the claim approved (not anyone's step in this window).
    document.doc.transact(() => {
      writeEvidence(document.doc, link);
      writeClaim(
        claimsOf(document.doc).get(first.id)!,
        { ...first, status: 'approved' },
        { by: 'Lee', at: first.updatedAt, newId: () => 'log_seed' },
      );
    }, ORIGIN.load);
    openDocument(null, 'story', { ...projectView(project), evidence: [link] });
    publishClaimsView({ claims: claimsInEditor(editor), order: [], quotes: new Map() });
    const stopWriting = provideClaimWriter((changes) => boundClaims()!.edit(changes));
    try {
      const origins = transactionsOf(document.doc);
      unlinkEvidence(link.id);
      expect(origins).toEqual([ORIGIN.local]);
      expect(readEvidence(document.doc)).toEqual([]);
      expect(currentDocument()!.project.evidence).toEqual([]);
      expect(claimsInEditor(editor)[first.id].status).toBe('needs-review');

      editor.dispatchCommand(UNDO_COMMAND, undefined);
      expect(evidenceOf(document.doc).has(link.id)).toBe(true);
      expect(currentDocument()!.project.evidence.map((kept) => kept.id)).toEqual([link.id]);
      expect(claimsInEditor(editor)[first.id].status).toBe('approved');
    } finally {
      stopWriting();
    }
  });
});
