import { createHeadlessEditor } from '@lexical/headless';
import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { $createMarkNode, $isMarkNode, $unwrapMarkNode, $wrapSelectionInMarkNode, MarkNode } from '@lexical/mark';
import { registerNestedElementResolver } from '@lexical/utils';
import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $nodesOfType,
  $setSelection,
  REDO_COMMAND,
  UNDO_COMMAND,
  type EditorState,
  type LexicalEditor,
} from 'lexical';
import { beforeEach, describe, expect, it } from 'vitest';
import { ARTICLE_NODES } from '../../../../../renderer/import/article-nodes';
import { $buildMarkIndex, type MarkIndex } from '../../../../../renderer/editor/claims/mark-index';
import { $applyMarkChanges } from '../../../../../renderer/editor/claims/mark-index-update';
import { $rangeForPlainText } from '../../../../../renderer/editor/claims/plain-text-range';

/**
 * The Claims panel's index is updated from Lexical's mutations (created,
 * destroyed, updated marks) instead of being rebuilt after every change. After
 * each kind of edit it must equal a full rebuild. A headless editor does not
 * reconcile, so the mutations are derived the way Lexical's reconciler does:
 * a mark whose node object differs between two states was mutated.
 */

const PARAGRAPHS = [
  'The council approved a budget of 4.2 million pounds on Tuesday.',
  'Ms Reyes said the bridge would reopen in March, two months late.',
  'Traffic on the ring road fell by 12 per cent after the closure.',
];

function mutatedMarkKeys(before: EditorState, after: EditorState): string[] {
  const keys = new Set<string>();
  for (const state of [before, after])
    for (const [key, node] of state._nodeMap) if (node instanceof MarkNode) keys.add(key);
  return [...keys].filter((key) => before._nodeMap.get(key) !== after._nodeMap.get(key));
}

function comparable(index: MarkIndex) {
  return {
    order: index.order,
    keysById: Object.fromEntries(index.keysById),
    quotes: Object.fromEntries(index.quotes),
    idsByKey: Object.fromEntries([...index.idsByKey].map(([key, ids]) => [key, [...ids].sort()])),
  };
}

let editor: LexicalEditor;
let index: MarkIndex;

/** One editor update, then the index brought up to date incrementally and checked against a full rebuild. */
function edit(change: () => void): void {
  const before = editor.getEditorState();
  editor.update(change, { discrete: true });
  afterCommit(before);
}

function afterCommit(before: EditorState): void {
  const after = editor.getEditorState();
  after.read(() => $applyMarkChanges(index, mutatedMarkKeys(before, after)));
  expect(comparable(index)).toEqual(comparable(after.read($buildMarkIndex)));
}

function history(command: typeof UNDO_COMMAND | typeof REDO_COMMAND): void {
  const before = editor.getEditorState();
  editor.dispatchCommand(command, undefined);
  // Commands run inside an update that commits later: flush it.
  editor.update(() => {}, { discrete: true });
  afterCommit(before);
}

function mark(start: number, end: number, id: string): void {
  edit(() => {
    const range = $rangeForPlainText(start, end)!;
    $wrapSelectionInMarkNode(range, false, id);
    $setSelection(null);
  });
}

function unmark(id: string): void {
  edit(() => {
    for (const node of $nodesOfType(MarkNode)) {
      if (!node.hasID(id)) continue;
      node.deleteID(id);
      if (node.getIDs().length === 0) $unwrapMarkNode(node);
    }
  });
}

const offsetOf = (text: string) => PARAGRAPHS.join('\n').indexOf(text);

beforeEach(() => {
  editor = createHeadlessEditor({
    nodes: [...ARTICLE_NODES],
    onError: (error) => {
      throw error;
    },
  });
  registerHistory(editor, createEmptyHistoryState(), 0);
  registerNestedElementResolver<MarkNode>(
    editor,
    MarkNode,
    (from) => $createMarkNode(from.getIDs()),
    (from, to) => from.getIDs().forEach((id) => to.addID(id)),
  );
  editor.update(
    () => {
      for (const text of PARAGRAPHS) $getRoot().append($createParagraphNode().append($createTextNode(text)));
    },
    { discrete: true },
  );
  index = editor.getEditorState().read($buildMarkIndex);
});

describe('the incremental mark index', () => {
  it('matches a full rebuild after marking, overlapping, unmarking, undo and redo', () => {
    mark(offsetOf('Ms Reyes'), offsetOf(', two months'), 'b');
    mark(offsetOf('a budget'), offsetOf(' on Tuesday'), 'a');
    expect(index.order).toEqual(['a', 'b']);
    mark(offsetOf('the bridge'), offsetOf(' in March'), 'nested');
    mark(offsetOf('Tuesday'), offsetOf('said'), 'across');
    mark(offsetOf('12 per cent'), offsetOf(' after'), 'c');
    expect(index.order).toEqual(['a', 'across', 'b', 'nested', 'c']);
    expect(index.quotes.get('across')).toBe('Tuesday.\nMs Reyes ');
    unmark('nested');
    unmark('a');
    expect(index.order).toEqual(['across', 'b', 'c']);
    history(UNDO_COMMAND);
    history(UNDO_COMMAND);
    expect(index.order).toEqual(['a', 'across', 'b', 'nested', 'c']);
    history(REDO_COMMAND);
    history(UNDO_COMMAND);
    history(UNDO_COMMAND);
  });

  it('matches a full rebuild after text nodes inside a highlight split and merge, and its block splits and rejoins', () => {
    mark(offsetOf('Ms Reyes'), offsetOf(', two months'), 'b');
    edit(() => {
      const range = $rangeForPlainText(offsetOf('bridge'), offsetOf(' would'))!;
      range.formatText('bold');
    });
    edit(() => {
      const range = $rangeForPlainText(offsetOf('bridge'), offsetOf(' would'))!;
      range.formatText('bold');
    });
    edit(() => {
      const range = $rangeForPlainText(offsetOf(' would'), offsetOf(' would'))!;
      range.insertParagraph();
    });
    expect(index.quotes.get('b')).toBe('Ms Reyes said the bridge\n would reopen in March');
    history(UNDO_COMMAND);
    expect(index.quotes.get('b')).toBe('Ms Reyes said the bridge would reopen in March');
  });

  it('matches a full rebuild after a paste brings in a highlighted passage and after it is deleted', () => {
    mark(offsetOf('12 per cent'), offsetOf(' after'), 'c');
    edit(() => {
      const pasted = $createParagraphNode().append(
        $createTextNode('Pasted: '),
        $createMarkNode(['p']).append($createTextNode('a claim')),
      );
      $getRoot().getFirstChildOrThrow().insertBefore(pasted);
    });
    expect(index.order).toEqual(['p', 'c']);
    edit(() => $getRoot().getFirstChildOrThrow().remove());
    expect(index.order).toEqual(['c']);
    edit(() => {
      for (const node of $nodesOfType(MarkNode)) if ($isMarkNode(node)) node.addID('d');
    });
    expect(index.keysById.get('d')).toEqual(index.keysById.get('c'));
  });
});
