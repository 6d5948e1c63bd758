import { $unwrapMarkNode, $wrapSelectionInMarkNode, $createMarkNode, MarkNode } from '@lexical/mark';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister, registerNestedElementResolver } from '@lexical/utils';
import { $addUpdateTag, $createRangeSelectionFromDom, SKIP_DOM_SELECTION_TAG, $getSelection, $isRangeSelection, $nodesOfType, $setSelection, COMMAND_PRIORITY_EDITOR, type LexicalEditor } from 'lexical';
import { useEffect } from 'react';
import { newClaim } from '../../../shared/claim-factory';
import { newId } from '../../../shared/ids';
import { activeClaimStore, setActiveClaim } from '../../state/active-claim-store';
import { showNotice, uiStore } from '../../state/ui-store';
import { DELETE_CLAIM_COMMAND, MARK_CLAIM_COMMAND, UPDATE_CLAIM_COMMAND } from './claim-commands';
import { $getClaims, $setClaims } from './claims-state';

/**
 * The DOM selection is the truth when a shortcut arrives: Lexical learns of
 * selection changes a moment later (selectionchange is asynchronous).
 */
function $syncSelectionFromDom(editor: LexicalEditor): void {
  const domSelection = window.getSelection();
  const root = editor.getRootElement();
  if (!domSelection || !root || !domSelection.anchorNode || !root.contains(domSelection.anchorNode)) return;
  const fromDom = $createRangeSelectionFromDom(domSelection, editor);
  if (fromDom) $setSelection(fromDom);
}

function $markSelection(editor: LexicalEditor): string | null {
  $syncSelectionFromDom(editor);
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || selection.isCollapsed() || selection.getTextContent().trim() === '') return null;
  const id = newId('clm');
  const quote = selection.getTextContent();
  $wrapSelectionInMarkNode(selection, selection.isBackward(), id);
  const claim = newClaim(id, quote, uiStore.get().identity, new Date());
  $setClaims((claims) => ({ ...claims, [id]: claim }));
  return id;
}

function $deleteClaim(id: string): void {
  for (const mark of $nodesOfType(MarkNode)) {
    if (!mark.hasID(id)) continue;
    mark.deleteID(id);
    if (mark.getIDs().length === 0) $unwrapMarkNode(mark);
  }
  $setClaims((claims) => {
    const { [id]: _removed, ...rest } = claims;
    return rest;
  });
}

function registerClaimCommands(editor: LexicalEditor): () => void {
  return mergeRegister(
    // Marks inside marks are flattened into one mark carrying several ids.
    registerNestedElementResolver<MarkNode>(
      editor,
      MarkNode,
      (from) => $createMarkNode(from.getIDs()),
      (from, to) => from.getIDs().forEach((id) => to.addID(id)),
    ),
    editor.registerCommand(
      MARK_CLAIM_COMMAND,
      () => {
        const id = $markSelection(editor);
        if (id) queueMicrotask(() => setActiveClaim(id));
        else queueMicrotask(() => showNotice('info', 'Select the words of the claim in the article first, then mark it.'));
        return true;
      },
      COMMAND_PRIORITY_EDITOR,
    ),
    editor.registerCommand(
      UPDATE_CLAIM_COMMAND,
      ({ id, patch }) => {
        const claim = $getClaims()[id];
        if (!claim) return false;
        // A change made in the claim card must not pull focus back into the article.
        $addUpdateTag(SKIP_DOM_SELECTION_TAG);
        const changed = { ...claim, ...patch, updatedBy: uiStore.get().identity, updatedAt: new Date().toISOString() };
        $setClaims((claims) => ({ ...claims, [id]: changed }));
        return true;
      },
      COMMAND_PRIORITY_EDITOR,
    ),
    editor.registerCommand(
      DELETE_CLAIM_COMMAND,
      (id) => {
        $addUpdateTag(SKIP_DOM_SELECTION_TAG);
        $deleteClaim(id);
        if (activeClaimStore.get().id === id) queueMicrotask(() => setActiveClaim(null));
        return true;
      },
      COMMAND_PRIORITY_EDITOR,
    ),
  );
}

/** Marking, changing and deleting claims, as editor commands (so each is one undo step). */
export function ClaimMarksPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerClaimCommands(editor), [editor]);
  return null;
}

