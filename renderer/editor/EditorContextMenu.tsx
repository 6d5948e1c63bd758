import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getSelection, $isRangeSelection } from 'lexical';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { setActiveClaim } from '../state/active-claim-store';
import type { SpellingAtPointer } from '../../shared/api';
import { factdesk } from '../factdesk';
import { DELETE_CLAIM_COMMAND, MARK_CLAIM_COMMAND } from './claims/claim-commands';
import { $replaceWord, wordAtPoint, type WordAtPoint } from './spelling-at-point';
import { zoomStore } from '../state/zoom-store';

interface MenuState {
  x: number;
  y: number;
  hasSelection: boolean;
  claimId: string | null;
  /** A misspelled word under the pointer: its suggestions and Add to dictionary head the menu. */
  spelling: (SpellingAtPointer & { at: WordAtPoint }) | null;
}

/** The DOM selection is ahead of Lexical's right after a double-click (selectionchange comes later). */
function domSelectionIn(root: HTMLElement | null): boolean {
  const selection = window.getSelection();
  return (
    !!root && !!selection && !selection.isCollapsed && !!selection.anchorNode && root.contains(selection.anchorNode)
  );
}

/**
 * Right-click in the article: the spellchecker's suggestions for a misspelled
 * word and Add to dictionary, then Mark claim, and for a highlight, Open or
 * Delete its claim. The right-click is not cancelled: a cancelled one never
 * reaches Electron, which is where the spellchecker's answer comes from (main
 * shows no menu of its own).
 */
export function EditorContextMenu() {
  const [editor] = useLexicalComposerContext();
  const [menu, setMenu] = useState<MenuState | null>(null);
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let latest = 0;
    const onContextMenu = (event: MouseEvent) => {
      const asked = ++latest;
      const root = editor.getRootElement();
      const word = root ? wordAtPoint(root, event.clientX, event.clientY) : null;
      const hasSelection =
        domSelectionIn(editor.getRootElement()) ||
        editor.getEditorState().read(() => {
          const selection = $getSelection();
          return $isRangeSelection(selection) && !selection.isCollapsed();
        });
      const mark = (event.target as HTMLElement).closest<HTMLElement>('mark[data-claim-id]');
      const opened = { x: event.clientX, y: event.clientY, hasSelection, claimId: mark?.dataset.claimId ?? null };
      void factdesk
        .spellingAtContextMenu()
        .catch(() => null)
        .then((spelling) => {
          if (asked !== latest) return;
          setMenu({
            ...opened,
            spelling: spelling && word && spelling.word === word.word ? { ...spelling, at: word } : null,
          });
        });
    };
    return editor.registerRootListener((root, previous) => {
      previous?.removeEventListener('contextmenu', onContextMenu);
      root?.addEventListener('contextmenu', onContextMenu);
    });
  }, [editor]);

  // Kept inside the window: a right-click near the bottom or right edge opens the menu up or to the left.
  useLayoutEffect(() => {
    const element = box.current;
    if (!menu || !element) return;
    const { width, height } = element.getBoundingClientRect();
    // Pointer and sizes are in window pixels; left and top are scaled by View → Zoom.
    const zoom = zoomStore.get();
    element.style.left = `${Math.max(0, Math.min(menu.x, window.innerWidth - width - 4)) / zoom}px`;
    element.style.top = `${(menu.y + height > window.innerHeight ? Math.max(0, menu.y - height) : menu.y) / zoom}px`;
  }, [menu]);

  useEffect(() => {
    if (!menu) return;
    // The first item that can be chosen, or the menu itself; the article must not scroll to it.
    const target = box.current?.querySelector<HTMLElement>('[role="menuitem"]:not(:disabled)') ?? box.current;
    target?.focus({ preventScroll: true });
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
    const items = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('[role="menuitem"]:not(:disabled)')];
    const index = items.indexOf(document.activeElement as HTMLButtonElement);
    if (event.key === 'Escape') {
      event.preventDefault();
      setMenu(null);
      editor.getRootElement()?.focus({ preventScroll: true });
    }
    if (event.key === 'ArrowDown') items[(index + 1) % items.length]?.focus();
    if (event.key === 'ArrowUp') items[(index - 1 + items.length) % items.length]?.focus();
  };
  // In the page's body: the article's scroller contains its layout, which would make a fixed menu scroll with the text.
  return createPortal(
    <div
      ref={box}
      className="context-menu"
      role="menu"
      aria-label="Article"
      tabIndex={-1}
      onPointerDown={(event) => event.stopPropagation()}
      onKeyDown={moveFocus}
    >
      {menu.spelling && <SpellingItems spelling={menu.spelling} run={run} />}
      <button
        type="button"
        role="menuitem"
        disabled={!menu.hasSelection}
        onClick={run(() => editor.dispatchCommand(MARK_CLAIM_COMMAND, undefined))}
      >
        Mark claim
      </button>
      {menu.claimId && (
        <>
          <button type="button" role="menuitem" onClick={run(() => setActiveClaim(menu.claimId, true))}>
            Open claim
          </button>
          <button
            type="button"
            role="menuitem"
            onClick={run(() => editor.dispatchCommand(DELETE_CLAIM_COMMAND, menu.claimId!))}
          >
            Delete claim
          </button>
        </>
      )}
    </div>,
    document.body,
  );
}

function SpellingItems({
  spelling,
  run,
}: {
  spelling: NonNullable<MenuState['spelling']>;
  run: (action: () => void) => () => void;
}) {
  const [editor] = useLexicalComposerContext();
  const replace = (suggestion: string) => () => {
    editor.update(() => $replaceWord(spelling.at, suggestion));
    editor.focus();
  };
  return (
    <>
      {spelling.suggestions.length === 0 && (
        <button type="button" role="menuitem" disabled>
          No spelling suggestions
        </button>
      )}
      {spelling.suggestions.map((suggestion) => (
        <button
          key={suggestion}
          type="button"
          role="menuitem"
          className="spelling-suggestion"
          onClick={run(replace(suggestion))}
        >
          {suggestion}
        </button>
      ))}
      <button type="button" role="menuitem" onClick={run(() => void factdesk.addToDictionary(spelling.word))}>
        Add “{spelling.word}” to dictionary
      </button>
      <hr className="context-menu-separator" />
    </>
  );
}
