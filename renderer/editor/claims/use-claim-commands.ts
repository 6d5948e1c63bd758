import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';
import { commands } from '../../commands/command-registry';
import { activeClaimStore, setActiveClaim } from '../../state/active-claim-store';
import { claimsViewStore } from '../../project/claims-view-store';
import { MARK_CLAIM_COMMAND } from './claim-commands';

function step(delta: 1 | -1): void {
  const { order } = claimsViewStore.get();
  if (order.length === 0) return;
  const current = order.indexOf(activeClaimStore.get().id ?? '');
  const next = current < 0 ? (delta > 0 ? 0 : order.length - 1) : (current + delta + order.length) % order.length;
  setActiveClaim(order[next], true);
}

/** Focus the first control of the open claim card. */
export function focusActiveClaimCard(): void {
  document.querySelector<HTMLElement>('[data-claim-card] select, [data-claim-card] input')?.focus();
}

/** The Claim menu's commands, bound while a project is open. */
export function useClaimCommands(): void {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const unbind = [
      commands.bind('claim.mark', () => {
        editor.dispatchCommand(MARK_CLAIM_COMMAND, undefined);
      }),
      commands.bind('claim.next', () => step(1)),
      commands.bind('claim.previous', () => step(-1)),
      commands.bind('claim.focusCard', () => {
        if (!activeClaimStore.get().id) step(1);
        requestAnimationFrame(focusActiveClaimCard);
      }),
    ];
    return () => unbind.forEach((fn) => fn());
  }, [editor]);
}
