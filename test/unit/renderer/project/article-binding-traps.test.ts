import { createBindingV2__EXPERIMENTAL } from '@lexical/yjs';
import { $getRoot } from 'lexical';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { bindArticle } from '../../../../renderer/editor/article-binding';
import { ProjectDocument } from '../../../../renderer/project/project-document';
import { UndoHistory } from '../../../../renderer/project/undo-history';
import { BODY, ORIGIN } from '../../../../shared/project-doc/layout';
import type { Project } from '../../../../shared/project/schema';
import { newArticleEditor, savedDemo, textOf } from '../bound-demo';

/**
 * The two data-losing traps of toolchain.md, on the window's binding pieces
 * (renderer/editor/article-binding.ts, renderer/project/project-document.ts,
 * undo-history.ts), in a headless editor: the article must show after the
 * stored state goes in, and the first Ctrl+Z must never take the article away.
 */

const newEditor = newArticleEditor;

function openWindow(project: Project) {
  const document = new ProjectDocument(project.documentId ?? project.id, project.yjs!.seed, project.yjs!);
  const editor = newEditor();
  const { binding } = bindArticle(editor, document);
  return { document, editor, binding };
}

describe('the window’s binding and the two traps', () => {
  it('shows the article when the stored state goes in through connect, after the binding listens', () => {
    const { document, editor } = openWindow(savedDemo());
    expect(textOf(editor)).toBe('');
    document.provider.connect();
    expect(textOf(editor)).toContain('Households in Port Calder will pay more for water');
  });

  it('(the trap itself) shows an empty editor when the document was filled before the binding listened', () => {
    const project = savedDemo();
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Buffer.from(project.yjs!.updates[0], 'base64'));
    const editor = newEditor();
    const binding = createBindingV2__EXPERIMENTAL(editor, BODY, doc, new Map([[BODY, doc]]), { rootName: BODY });
    expect(binding.root.length).toBeGreaterThan(0);
    expect(textOf(editor)).toBe('');
  });

  it('never undoes the loading of the article: the first Ctrl+Z undoes the first edit, the next ones nothing', () => {
    const { document, editor, binding } = openWindow(savedDemo());
    const history = new UndoHistory(document.doc, binding);
    document.provider.connect();
    const loaded = textOf(editor);
    expect(history.manager.undoStack).toHaveLength(0);
    editor.update(() => $getRoot().getFirstDescendant()!.getParent()!.selectStart().insertText('Breaking: '), {
      discrete: true,
    });
    expect(textOf(editor)).toBe(`Breaking: ${loaded}`);
    history.manager.undo();
    history.manager.undo();
    history.manager.undo();
    expect(textOf(editor)).toBe(loaded);
  });

  it('never undoes another copy’s change merged in: Ctrl+Z takes back only this person’s edit', () => {
    const project = savedDemo();
    const mine = openWindow(project);
    const theirs = openWindow(project);
    const history = new UndoHistory(mine.document.doc, mine.binding);
    mine.document.provider.connect();
    theirs.document.provider.connect();
    theirs.editor.update(
      () => $getRoot().getLastDescendant()!.getParent()!.selectEnd().insertText(' Their sentence.'),
      { discrete: true },
    );
    mine.editor.update(() => $getRoot().getFirstDescendant()!.getParent()!.selectStart().insertText('Mine: '), {
      discrete: true,
    });
    Y.applyUpdate(
      mine.document.doc,
      Y.encodeStateAsUpdate(theirs.document.doc, Y.encodeStateVector(mine.document.doc)),
      ORIGIN.merge,
    );
    expect(textOf(mine.editor)).toMatch(/^Mine: [^]*Their sentence\.$/);
    history.manager.undo();
    expect(textOf(mine.editor)).not.toMatch(/^Mine: /);
    expect(textOf(mine.editor)).toMatch(/Their sentence\.$/);
  });
});
