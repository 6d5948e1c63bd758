import { $createHeadingNode, $createQuoteNode, $isHeadingNode, $isQuoteNode } from '@lexical/rich-text';
import {
  INSERT_ORDERED_LIST_COMMAND,
  INSERT_UNORDERED_LIST_COMMAND,
  REMOVE_LIST_COMMAND,
  $isListNode,
} from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $setBlocksType } from '@lexical/selection';
import { mergeRegister, $getNearestNodeOfType } from '@lexical/utils';
import {
  $createParagraphNode,
  $getSelection,
  $isRangeSelection,
  CAN_REDO_COMMAND,
  CAN_UNDO_COMMAND,
  COMMAND_PRIORITY_LOW,
  FORMAT_TEXT_COMMAND,
  REDO_COMMAND,
  UNDO_COMMAND,
  type LexicalEditor,
} from 'lexical';
import { ListNode } from '@lexical/list';
import { useEffect, useState } from 'react';
import { MARK_CLAIM_COMMAND } from './claims/claim-commands';
import { LinkControl } from './LinkControl';
import { commands } from '../commands/command-registry';
import { shortcutOf, useShortcutText } from '../commands/use-shortcut-text';

type BlockStyle = 'paragraph' | 'h2' | 'h3' | 'quote' | 'bullet' | 'number';

const BLOCK_LABELS: Record<BlockStyle, string> = {
  paragraph: 'Paragraph',
  h2: 'Heading',
  h3: 'Subheading',
  quote: 'Quote',
  bullet: 'Bulleted list',
  number: 'Numbered list',
};

function $currentBlockStyle(): BlockStyle {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return 'paragraph';
  const anchor = selection.anchor.getNode();
  const block = anchor.getKey() === 'root' ? anchor : anchor.getTopLevelElementOrThrow();
  if ($isHeadingNode(block)) return block.getTag() === 'h3' ? 'h3' : 'h2';
  if ($isQuoteNode(block)) return 'quote';
  const list = $getNearestNodeOfType(anchor, ListNode);
  if ($isListNode(list)) return list.getListType() === 'number' ? 'number' : 'bullet';
  return 'paragraph';
}

function applyBlockStyle(editor: LexicalEditor, style: BlockStyle, current: BlockStyle): void {
  if (style === 'bullet' || style === 'number') {
    editor.dispatchCommand(style === 'bullet' ? INSERT_UNORDERED_LIST_COMMAND : INSERT_ORDERED_LIST_COMMAND, undefined);
    return;
  }
  if (current === 'bullet' || current === 'number') editor.dispatchCommand(REMOVE_LIST_COMMAND, undefined);
  editor.update(() => {
    const selection = $getSelection();
    if (!$isRangeSelection(selection)) return;
    $setBlocksType(selection, () =>
      style === 'quote'
        ? $createQuoteNode()
        : style === 'paragraph'
          ? $createParagraphNode()
          : $createHeadingNode(style),
    );
  });
}

function useToolbarState(editor: LexicalEditor) {
  const [state, setState] = useState({
    bold: false,
    italic: false,
    block: 'paragraph' as BlockStyle,
    canUndo: false,
    canRedo: false,
  });
  useEffect(
    () =>
      mergeRegister(
        editor.registerUpdateListener(({ editorState }) =>
          editorState.read(() => {
            const selection = $getSelection();
            const bold = $isRangeSelection(selection) && selection.hasFormat('bold');
            const italic = $isRangeSelection(selection) && selection.hasFormat('italic');
            const block = $currentBlockStyle();
            setState((prev) =>
              prev.bold === bold && prev.italic === italic && prev.block === block
                ? prev
                : { ...prev, bold, italic, block },
            );
          }),
        ),
        editor.registerCommand(
          CAN_UNDO_COMMAND,
          (canUndo) => (setState((prev) => ({ ...prev, canUndo })), false),
          COMMAND_PRIORITY_LOW,
        ),
        editor.registerCommand(
          CAN_REDO_COMMAND,
          (canRedo) => (setState((prev) => ({ ...prev, canRedo })), false),
          COMMAND_PRIORITY_LOW,
        ),
      ),
    [editor],
  );
  return state;
}

export function FormattingToolbar() {
  const [editor] = useLexicalComposerContext();
  const state = useToolbarState(editor);
  const { tip } = useShortcutText();
  return (
    <div className="toolbar formatting-toolbar" role="toolbar" aria-label="Formatting">
      <button
        type="button"
        aria-label="Undo"
        title={tip('Undo', 'Mod+Z')}
        disabled={!state.canUndo}
        onClick={() => editor.dispatchCommand(UNDO_COMMAND, undefined)}
      >
        ↶
      </button>
      <button
        type="button"
        aria-label="Redo"
        title={tip('Redo', 'Mod+Shift+Z')}
        disabled={!state.canRedo}
        onClick={() => editor.dispatchCommand(REDO_COMMAND, undefined)}
      >
        ↷
      </button>
      <span className="toolbar-sep" aria-hidden="true" />
      <select
        aria-label="Block style"
        value={state.block}
        onChange={(event) => applyBlockStyle(editor, event.target.value as BlockStyle, state.block)}
      >
        {Object.entries(BLOCK_LABELS).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
      <button
        type="button"
        aria-label="Bold"
        aria-pressed={state.bold}
        title={tip('Bold', 'Mod+B')}
        className="fmt-bold"
        onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'bold')}
      >
        B
      </button>
      <button
        type="button"
        aria-label="Italic"
        aria-pressed={state.italic}
        title={tip('Italic', 'Mod+I')}
        className="fmt-italic"
        onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'italic')}
      >
        I
      </button>
      <LinkControl />
      <span className="toolbar-sep" aria-hidden="true" />
      <button
        type="button"
        className="find-claims-button"
        title={tip('Suggest check-worthy claims', shortcutOf('claim.findClaims'))}
        onClick={() => commands.run('claim.findClaims')}
      >
        Find claims
      </button>
      <button
        type="button"
        className="mark-claim-button"
        title={tip('Mark the selected text as a claim', shortcutOf('claim.mark'))}
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => editor.dispatchCommand(MARK_CLAIM_COMMAND, undefined)}
      >
        Mark claim
      </button>
    </div>
  );
}
