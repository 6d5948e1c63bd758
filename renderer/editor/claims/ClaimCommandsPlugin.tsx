import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';
import type { Claim } from '../../../shared/project/schema';
import { commands } from '../../commands/command-registry';
import { activeClaimStore } from '../../state/active-claim-store';
import { claimsViewStore } from '../../project/claims-view-store';
import { currentActor, permission, sendAllReadyToReview, sendToReview } from '../../project/review-actions';
import { openSignOffDialog } from '../../state/sign-off-dialog-store';
import { showNotice } from '../../state/notices-store';
import { findClaimSuggestions } from '../suggestions/suggestion-actions';
import { useClaimCommands } from './use-claim-commands';
import { toggleReviewMode, toggleActivityTab } from '../../state/side-panel-store';

function activeClaim(): Claim | null {
  const id = activeClaimStore.get().id;
  return id ? (claimsViewStore.get().claims[id] ?? null) : null;
}

/** Binds the Claim, Review and View commands that need the editor, for as long as a project is open. */
export function ClaimCommandsPlugin() {
  const [editor] = useLexicalComposerContext();
  useClaimCommands();
  useEffect(() => {
    const unbind = [
      commands.bind('review.send', () => {
        const claim = activeClaim();
        if (claim) sendToReview(claim);
        else showNotice('info', 'Open a claim first: click its highlight or its row in the Claims panel.');
      }),
      commands.bind('review.sendAllReady', () => sendAllReadyToReview()),
      commands.bind('claim.findClaims', () => findClaimSuggestions(editor)),
      commands.bind('view.reviewMode', () => toggleReviewMode()),
      commands.bind('view.activity', () => toggleActivityTab()),
      commands.bind('review.signOff', () => {
        const refused = permission('sign-off', null);
        // Blocked sign-off opens the dialog that lists the blocking claims; a wrong role is only told why.
        if (!refused.allowed && currentActor().role !== 'editor') showNotice('info', refused.reason);
        else openSignOffDialog();
      }),
    ];
    return () => unbind.forEach((fn) => fn());
  }, [editor]);
  return null;
}
