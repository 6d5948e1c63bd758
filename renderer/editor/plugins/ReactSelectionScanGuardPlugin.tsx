import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';

const nativeContentEditable = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'contentEditable')!;

/**
 * Before every commit, anywhere in the page, React records the selection of
 * the focused element so it can restore it if the commit moves focus; for a
 * contenteditable element (`element.contentEditable === 'true'`) that means
 * walking its whole DOM to count characters up to the caret. With the article
 * focused that walk is over the whole article (100,000 words: tens of
 * milliseconds), on every panel update. React never renders inside the
 * article (Lexical owns that DOM) and Lexical restores its own selection, so
 * the article's root reports "inherit" to script readers; the attribute, which
 * is what makes the browser edit it, is unchanged, and writes go through.
 */
function hideEditableFromReact(root: HTMLElement): () => void {
  Object.defineProperty(root, 'contentEditable', {
    configurable: true,
    get: () => 'inherit',
    set: (value: string) => nativeContentEditable.set!.call(root, value),
  });
  return () => delete (root as { contentEditable?: string }).contentEditable;
}

export function ReactSelectionScanGuardPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    let restore: (() => void) | null = null;
    const unregister = editor.registerRootListener((root) => {
      restore?.();
      restore = root ? hideEditableFromReact(root) : null;
    });
    return () => {
      unregister();
      restore?.();
    };
  }, [editor]);
  return null;
}
