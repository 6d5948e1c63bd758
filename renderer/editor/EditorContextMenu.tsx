import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getSelection, $isRangeSelection } from 'lexical';
import { useEffect, useRef, useState } from 'react';
import { setActiveClaim } from '../state/active-claim-store';
import { DELETE_CLAIM_COMMAND, MARK_CLAIM_COMMAND } from './claims/claim-commands';

interface MenuState {
  x: number;
  y: number;
  hasSelection: boolean;
  claimId: string | null;
}

/** Right-click in the article: Mark claim, and for a highlight, Open or Delete its claim. */
export function EditorContextMenu() {
  const [editor] = useLexicalComposerContext();
  const [menu, setMenu] = useState<MenuState | null>(null);
  const first = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const onContextMenu = (event: MouseEvent) => {
      event.preventDefault();
      const hasSelection = editor.getEditorState().read(() => {
        const selection = $getSelection();
        return $isRangeSelection(selection) && !selection.isCollapsed();
      });
      const mark = (event.target as HTMLElement).closest<HTMLElement>('mark[data-claim-id]');
      setMenu({ x: event.clientX, y: event.clientY, hasSelection, claimId: mark?.dataset.claimId ?? null });
    };
    return editor.registerRootListener((root, previous) => {
      previous?.removeEventListener('contextmenu', onContextMenu);
      root?.addEventListener('contextmenu', onContextMenu);
    });
  }, [editor]);

  useEffect(() => {
    if (!menu) return;
    first.current?.focus();
    const close = () => setMenu(null);
    window.addEventListener('pointerdown', close);
    window.addEventListener('blur', close);
    return () => {
      window.removeEventListener('pointerdown', close);
      window.removeEventListener('blur', close);
    };
  }, [menu]);

  if (!menu) return null;
  const run = (action: () => void) => () => {
    setMenu(null);
    action();
  };
  const moveFocus = (event: React.KeyboardEvent) => {
    const items = [...(event.currentTarget.querySelectorAll<HTMLButtonElement>('[role="menuitem"]:not(:disabled)'))];
    const index = items.indexOf(document.activeElement as HTMLButtonElement);
    if (event.key === 'Escape') setMenu(null);
    if (event.key === 'ArrowDown') items[(index + 1) % items.length]?.focus();
    if (event.key === 'ArrowUp') items[(index - 1 + items.length) % items.length]?.focus();
  };
  return (
    <div className="context-menu" role="menu" aria-label="Article" style={{ left: menu.x, top: menu.y }} onPointerDown={(event) => event.stopPropagation()} onKeyDown={moveFocus}>
      <button type="button" role="menuitem" ref={first} disabled={!menu.hasSelection} onClick={run(() => editor.dispatchCommand(MARK_CLAIM_COMMAND, undefined))}>
        Mark claim
      </button>
      {menu.claimId && (
        <>
          <button type="button" role="menuitem" onClick={run(() => setActiveClaim(menu.claimId, true))}>
            Open claim
          </button>
          <button type="button" role="menuitem" onClick={run(() => editor.dispatchCommand(DELETE_CLAIM_COMMAND, menu.claimId!))}>
            Delete claim
          </button>
        </>
      )}
    </div>
  );
}
