import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot, $getState, HISTORY_MERGE_TAG } from 'lexical';
import { mergeRegister } from '@lexical/utils';
import { useEffect } from 'react';
import type { ClaimMap } from '../../../shared/claims/claims-in-body';
import { onBoundClaimsChange } from '../../project/document-claims';
import { claimActivity } from '../../../shared/activity/activity';
import { newId } from '../../../shared/util/ids';
import { appendActivity, setSignOff } from '../../project/project-changes';
import { currentDocument } from '../../project/document-store';
import { actorName } from '../../state/identity-store';
import { claimsState } from './claims-state';

/**
 * Logs every change to the claims (including undo and redo, as the change
 * they make) and clears a sign-off when a claim changes after it.
 */
export function ActivityPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      mergeRegister(
        editor.registerUpdateListener(({ editorState, prevEditorState, tags }) => {
          if (prevEditorState.isEmpty() || tags.has(HISTORY_MERGE_TAG)) return;
          const before = prevEditorState.read(() => $getState($getRoot(), claimsState));
          const after = editorState.read(() => $getState($getRoot(), claimsState));
          if (before !== after) logClaimChanges(before, after);
        }),
        // Bound to the project's document: the window's own changes there (its edits, undo and redo), not what arrives.
        onBoundClaimsChange(({ before, after, local }) => {
          if (local) logClaimChanges(before, after);
        }),
      ),
    [editor],
  );
  return null;
}

function logClaimChanges(before: ClaimMap, after: ClaimMap): void {
  const at = new Date().toISOString();
  const entries = claimActivity(before, after, actorName(), at);
  const signOff = currentDocument()?.project.signOff;
  if (signOff && entries.length > 0) {
    entries.push({
      id: newId('act'),
      at,
      actor: actorName(),
      action: 'sign-off cleared',
      claimId: null,
      detail: `Signed off by ${signOff.by}; a claim changed afterwards`,
    });
    setSignOff(null);
  }
  appendActivity(entries);
}
