import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { COMMAND_PRIORITY_LOW, KEY_ESCAPE_COMMAND } from 'lexical';
import { useEffect } from 'react';
import { documentBindingOn, onArticleIn } from '../../project/document-binding';

/** The first block whose bottom is inside the scroller's view (the reader's place after a reload). */
function firstBlockInView(root: HTMLElement, scroller: HTMLElement | null): Element | null {
  const top = scroller?.getBoundingClientRect().top ?? 0;
  return [...root.children].find((block) => block.getBoundingClientRect().bottom > top) ?? root.firstElementChild;
}

function focusArticle(root: HTMLElement | null): void {
  const focused = document.activeElement;
  if (!root || (focused && focused !== document.body)) return;
  root.focus({ preventScroll: true });
  const block = firstBlockInView(root, root.closest('.editor-scroll'));
  if (block) window.getSelection()?.collapse(block, 0);
}

/**
 * Focus stays with the article. A project just opened, imported or started:
 * the caret goes into the text (at the start of the first block in view),
 * unless something else — a dialog, a field the checker clicked — already
 * has focus; without it reaching the text took two dozen Tabs. Escape in the
 * text no longer blurs it (Lexical's rich-text default), which dropped focus
 * to the page.
 */
export function ArticleFocusPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => editor.registerCommand(KEY_ESCAPE_COMMAND, () => true, COMMAND_PRIORITY_LOW), [editor]);
  useEffect(() => {
    let frame = 0;
    // After the reader place (ReaderPlacePlugin) has scrolled the article back; bound, once the article is in
    // (until then the text is hidden and takes no caret: article-arrival.ts).
    const focusSoon = () => {
      frame = requestAnimationFrame(() => focusArticle(editor.getRootElement()));
    };
    const stopWaiting = documentBindingOn() ? onArticleIn(focusSoon) : (focusSoon(), () => undefined);
    return () => {
      stopWaiting();
      cancelAnimationFrame(frame);
    };
  }, [editor]);
  return null;
}
