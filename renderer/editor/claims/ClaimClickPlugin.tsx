import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';
import { activeClaimStore, setActiveClaim } from '../../state/active-claim-store';

const FLASH_MS = 1200;

/** Clicking a highlight opens its card (the innermost claim); a reveal scrolls to and flashes it. */
export function ClaimClickPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const mark = (event.target as HTMLElement).closest<HTMLElement>('mark[data-claim-id]');
      if (mark?.dataset.claimId) setActiveClaim(mark.dataset.claimId);
    };
    return editor.registerRootListener((root, previous) => {
      previous?.removeEventListener('click', onClick);
      root?.addEventListener('click', onClick);
    });
  }, [editor]);
  useEffect(() => {
    let lastToken = activeClaimStore.get().revealToken;
    const flash = new Flash();
    const unsubscribe = activeClaimStore.subscribe(() => {
      const { id, revealToken } = activeClaimStore.get();
      if (revealToken === lastToken || !id) return;
      lastToken = revealToken;
      // After the highlights have been re-decorated for the new active claim.
      requestAnimationFrame(() => reveal(editor.getRootElement(), flash));
    });
    return () => {
      unsubscribe();
      flash.stop();
    };
  }, [editor]);
  return null;
}

function reveal(root: HTMLElement | null, flash: Flash): void {
  const marks = [...(root?.querySelectorAll<HTMLElement>('mark[data-active="true"]') ?? [])];
  if (marks.length === 0) return;
  // Blocks out of view are laid out only when near it (content-visibility in editor.css), so a jump
  // to a far highlight lands short while the blocks passed on the way take their real height: jump
  // without animation, then once more after that frame's layout.
  marks[0].scrollIntoView({ block: 'center' });
  requestAnimationFrame(() => marks[0].scrollIntoView({ block: 'center' }));
  flash.start(marks);
}

/** Only the highlight revealed last pulses, however fast the checker moves on. */
class Flash {
  private marks: HTMLElement[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;

  start(marks: HTMLElement[]): void {
    this.stop();
    this.marks = marks;
    for (const mark of marks) mark.dataset.flash = 'true';
    this.timer = setTimeout(() => this.stop(), FLASH_MS);
  }

  stop(): void {
    clearTimeout(this.timer);
    for (const mark of this.marks) delete mark.dataset.flash;
    this.marks = [];
  }
}
