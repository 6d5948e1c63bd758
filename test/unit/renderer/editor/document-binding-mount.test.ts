import {
  $getRoot,
  $getSelection,
  CAN_UNDO_COMMAND,
  COMMAND_PRIORITY_EDITOR,
  REDO_COMMAND,
  UNDO_COMMAND,
  type ElementNode,
  type LexicalEditor,
  type TextNode,
} from 'lexical';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { $getClaims } from '../../../../renderer/editor/claims/claims-state';
import { mountDocumentBinding } from '../../../../renderer/editor/document-binding-mount';
import { ProjectDocument } from '../../../../renderer/project/project-document';
import { bodyOf } from '../../../../shared/project-doc/layout';
import type { Project } from '../../../../shared/project/schema';
import { newArticleEditor, savedDemo, textOf } from '../bound-demo';

/**
 * The editor mounted on the project's document (behind the switch, off by
 * default): the article and its claims show, typing reaches the document,
 * and UNDO_COMMAND / REDO_COMMAND — today's shortcuts — work on the person's
 * Yjs history, never undoing the loading of the article.
 */

const newEditor = newArticleEditor;
const claimIdsOf = (editor: LexicalEditor) => editor.getEditorState().read(() => Object.keys($getClaims()).sort());
const claimMapOf = (project: Project) => Object.fromEntries(project.claims.map((claim) => [claim.id, claim]));

function typeAtStart(editor: LexicalEditor, text: string) {
  editor.update(() => $getRoot().getFirstDescendant()!.getParent()!.selectStart().insertText(text), { discrete: true });
}

function mounted(project: Project, state: Project['yjs'] | null) {
  const document = new ProjectDocument(project.id, state?.seed ?? 1, state ?? null);
  const editor = newEditor();
  const dispose = mountDocumentBinding(editor, document, { body: project.article.body, claims: claimMapOf(project) });
  if (!dispose) throw new Error('not mounted');
  return { document, editor, dispose };
}

describe('the editor mounted on the project document', () => {
  it('shows the stored article with its claims, and typing reaches the document', () => {
    const project = savedDemo();
    const { editor, document } = mounted(project, project.yjs);
    expect(textOf(editor)).toContain('Households in Port Calder will pay more for water');
    expect(claimIdsOf(editor)).toEqual(project.claims.map((claim) => claim.id).sort());
    typeAtStart(editor, 'Breaking: ');
    expect(bodyOf(document.doc).toString()).toContain('Breaking: ');
  });

  it('undoes and redoes typing with UNDO_COMMAND / REDO_COMMAND, and never the article loading nor its claims', () => {
    const project = savedDemo();
    const { editor } = mounted(project, project.yjs);
    const loaded = textOf(editor);
    const canUndo: boolean[] = [];
    editor.registerCommand(CAN_UNDO_COMMAND, (can) => (canUndo.push(can), false), COMMAND_PRIORITY_EDITOR);
    typeAtStart(editor, 'Breaking: ');
    expect(canUndo.at(-1)).toBe(true);
    editor.dispatchCommand(UNDO_COMMAND, undefined);
    expect(textOf(editor)).toBe(loaded);
    expect(claimIdsOf(editor)).toEqual(project.claims.map((claim) => claim.id).sort());
    editor.dispatchCommand(UNDO_COMMAND, undefined);
    editor.dispatchCommand(UNDO_COMMAND, undefined);
    expect(textOf(editor)).toBe(loaded);
    expect(canUndo.at(-1)).toBe(false);
    editor.dispatchCommand(REDO_COMMAND, undefined);
    expect(textOf(editor)).toBe(`Breaking: ${loaded}`);
  });

  it('fills the document from the readable body for a project made in the window, as no one’s step', () => {
    const project = savedDemo();
    const { editor, document } = mounted(project, null);
    const loaded = textOf(editor);
    expect(loaded).toContain('Households in Port Calder will pay more for water');
    expect(bodyOf(document.doc).length).toBeGreaterThan(0);
    editor.dispatchCommand(UNDO_COMMAND, undefined);
    expect(textOf(editor)).toBe(loaded);
  });

  it('stops following the document once unmounted', () => {
    const project = savedDemo();
    const { editor, document, dispose } = mounted(project, project.yjs);
    const loaded = textOf(editor);
    dispose();
    typeAtStart(editor, 'After: ');
    expect(bodyOf(document.doc).toString()).not.toContain('After: ');
    expect(textOf(editor)).toBe(`After: ${loaded}`);
    expect(Y.encodeStateVector(document.doc).length).toBeGreaterThan(0);
  });
});

describe('undo steps of typed text', () => {
  it('undoes a word typed a character at a time as one step (the root, dirty on every update, does not split it)', () => {
    const project = savedDemo();
    const { editor } = mounted(project, project.yjs);
    const loaded = textOf(editor);
    editor.update(() => $getRoot().getChildAtIndex(1)!.selectStart(), { discrete: true });
    for (const character of 'Breaking ')
      editor.update(() => $getSelection()!.insertText(character), { discrete: true });
    expect(textOf(editor)).toContain('Breaking Households');
    editor.dispatchCommand(UNDO_COMMAND, undefined);
    expect(textOf(editor)).toBe(loaded);
  });

  it('undoes a word replaced in place (a spelling suggestion) as a step of its own, not with the typing before it', () => {
    const project = savedDemo();
    const { editor } = mounted(project, project.yjs);
    editor.update(() => $getRoot().getChildAtIndex(1)!.selectStart(), { discrete: true });
    for (const character of 'Teh ') editor.update(() => $getSelection()!.insertText(character), { discrete: true });
    editor.update(
      () => {
        const text = $getRoot().getChildAtIndex<ElementNode>(1)!.getFirstDescendant() as TextNode;
        text.setTextContent(text.getTextContent().replace('Teh', 'The'));
      },
      { discrete: true },
    );
    expect(textOf(editor)).toContain('The Households');
    editor.dispatchCommand(UNDO_COMMAND, undefined);
    expect(textOf(editor)).toContain('Teh Households');
  });
});
