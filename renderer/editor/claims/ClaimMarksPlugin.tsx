import { $unwrapMarkNode, $wrapSelectionInMarkNode } from '@lexical/mark';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import {
  $addUpdateTag,
  $createRangeSelectionFromDom,
  SKIP_DOM_SELECTION_TAG,
  $getSelection,
  $isRangeSelection,
  $setSelection,
  COMMAND_PRIORITY_EDITOR,
  type LexicalEditor,
} from 'lexical';
import { useEffect } from 'react';
import { newClaim } from '../../../shared/claims/claim-factory';
import { newId } from '../../../shared/util/ids';
import type { ClaimSuggestion } from '../../../shared/claim-finder/find-claims';
import { tagsForAcceptedSuggestion } from '../../../shared/claim-finder/suggestion-list';
import type { Claim } from '../../../shared/project/schema';
import { $rangeForPlainText } from './plain-text-range';
import { activeClaimStore, setActiveClaim } from '../../state/active-claim-store';
import { actorName } from '../../state/identity-store';
import { showNotice } from '../../state/notices-store';
import { editedClaim } from '../../../shared/claims/claim-edit';
import { provideClaimWriter } from '../../project/claim-changes';
import { boundClaims } from '../../project/document-claims';
import { takeClaimNumbers } from '../../project/project-changes';
import {
  ACCEPT_SUGGESTIONS_COMMAND,
  DELETE_CLAIM_COMMAND,
  MARK_CLAIM_COMMAND,
  UPDATE_CLAIM_COMMAND,
  UPDATE_CLAIMS_COMMAND,
  type ClaimPatch,
} from './claim-commands';
import { $getClaims, $setClaims } from './claims-state';
import { $marksOfClaim } from './claim-marks-lookup';

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
  const [number] = takeClaimNumbers(1, Object.values($getClaims()));
  const claim = newClaim(id, quote, actorName(), new Date(), number);
  $setClaims((claims) => ({ ...claims, [id]: claim }));
  return id;
}

function $acceptSuggestions(suggestions: readonly ClaimSuggestion[]): boolean {
  const accepted: Claim[] = [];
  const existing = Object.values($getClaims());
  for (const suggestion of suggestions) {
    const range = $rangeForPlainText(suggestion.start, suggestion.end);
    if (!range) continue;
    const id = newId('clm');
    $wrapSelectionInMarkNode(range, false, id);
    const [number] = takeClaimNumbers(1, existing);
    accepted.push({
      ...newClaim(id, suggestion.text, actorName(), new Date(), number),
      tags: tagsForAcceptedSuggestion(suggestion),
    });
  }
  $setSelection(null);
  $addUpdateTag(SKIP_DOM_SELECTION_TAG);
  $setClaims((claims) => ({ ...claims, ...Object.fromEntries(accepted.map((claim) => [claim.id, claim])) }));
  return true;
}

function $deleteClaim(editor: LexicalEditor, id: string): void {
  for (const mark of $marksOfClaim(editor, id)) {
    mark.deleteID(id);
    if (mark.getIDs().length === 0) $unwrapMarkNode(mark);
  }
  $setClaims((claims) => {
    const { [id]: _removed, ...rest } = claims;
    return rest;
  });
}

function $updateClaims(changes: ReadonlyArray<{ id: string; patch: ClaimPatch }>): boolean {
  // A change made in a claim card must not pull focus back into the article.
  $addUpdateTag(SKIP_DOM_SELECTION_TAG);
  const bound = boundClaims();
  if (bound) {
    bound.edit(changes);
    return true;
  }
  const at = new Date().toISOString();
  $setClaims((claims) => {
    const next = { ...claims };
    for (const { id, patch } of changes) {
      const claim = next[id];
      if (!claim) continue;
      next[id] = editedClaim(claim, patch, actorName(), at);
    }
    return next;
  });
  return true;
}

function registerClaimCommands(editor: LexicalEditor): () => void {
  return mergeRegister(
    editor.registerCommand(
      MARK_CLAIM_COMMAND,
      () => {
        const id = $markSelection(editor);
        if (id) queueMicrotask(() => setActiveClaim(id));
        else
          queueMicrotask(() => showNotice('info', 'Select the words of the claim in the article first, then mark it.'));
        return true;
      },
      COMMAND_PRIORITY_EDITOR,
    ),
    editor.registerCommand(UPDATE_CLAIM_COMMAND, (change) => $updateClaims([change]), COMMAND_PRIORITY_EDITOR),
    editor.registerCommand(UPDATE_CLAIMS_COMMAND, $updateClaims, COMMAND_PRIORITY_EDITOR),
    editor.registerCommand(ACCEPT_SUGGESTIONS_COMMAND, $acceptSuggestions, COMMAND_PRIORITY_EDITOR),
    // Claim changes the project's actions make (review decisions, evidence) are these same undoable steps.
    // Bound to the document, they are written at once: in the transaction of the action that makes them, if any.
    provideClaimWriter((changes) => {
      const bound = boundClaims();
      if (bound) bound.edit(changes);
      else editor.dispatchCommand(UPDATE_CLAIMS_COMMAND, changes);
    }),
    editor.registerCommand(
      DELETE_CLAIM_COMMAND,
      (id) => {
        $addUpdateTag(SKIP_DOM_SELECTION_TAG);
        $deleteClaim(editor, id);
        if (activeClaimStore.get().id === id) queueMicrotask(() => setActiveClaim(null));
        return true;
      },
      COMMAND_PRIORITY_EDITOR,
    ),
  );
}

/** Marking, changing and deleting claims, as editor commands (so each is one undo step); the project's claim changes go through them. */
export function ClaimMarksPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerClaimCommands(editor), [editor]);
  return null;
}
