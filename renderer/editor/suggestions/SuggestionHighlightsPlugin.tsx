import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { $getRoot, HISTORY_MERGE_TAG, type LexicalEditor } from 'lexical';
import { useEffect } from 'react';
import { clearSuggestions, suggestionId, suggestionsStore } from '../../state/suggestions-store';
import { $rangeForPlainText } from '../claims/plain-text-range';

/**
 * Suggested claims are painted with the CSS Custom Highlight API (dotted
 * underline), so the document itself is never touched. Any edit to the text
 * makes the suggestions' offsets stale: they are cleared.
 */
const ALL = 'claim-suggestion';
const FOCUSED = 'claim-suggestion-focused';

function domRange(editor: LexicalEditor, start: number, end: number): Range | null {
  return editor.getEditorState().read(() => {
    const selection = $rangeForPlainText(start, end);
    if (!selection) return null;
    const at = (key: string, offset: number) => {
      const text = editor.getElementByKey(key)?.firstChild;
      return text && text.nodeType === Node.TEXT_NODE
        ? ([text, Math.min(offset, text.textContent?.length ?? 0)] as const)
        : null;
    };
    const from = at(selection.anchor.key, selection.anchor.offset);
    const to = at(selection.focus.key, selection.focus.offset);
    if (!from || !to) return null;
    const range = document.createRange();
    range.setStart(from[0], from[1]);
    range.setEnd(to[0], to[1]);
    return range;
  });
}

function paint(editor: LexicalEditor): void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
  const { items, focused } = suggestionsStore.get();
  const all = new Highlight();
  const focus = new Highlight();
  for (const item of items) {
    const range = domRange(editor, item.start, item.end);
    if (!range) continue;
    all.add(range);
    if (suggestionId(item) === focused) focus.add(range);
  }
  CSS.highlights.set(ALL, all);
  CSS.highlights.set(FOCUSED, focus);
}

export function SuggestionHighlightsPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    paint(editor);
    return mergeRegister(
      suggestionsStore.subscribe(() => paint(editor)),
      editor.registerUpdateListener(({ editorState, prevEditorState, tags }) => {
        if (suggestionsStore.get().items.length === 0 || tags.has(HISTORY_MERGE_TAG)) return;
        // Marking a claim changes the structure, not the text: only a text change makes offsets stale.
        const textOf = (state: typeof editorState) => state.read(() => $getRoot().getTextContent());
        if (textOf(editorState) !== textOf(prevEditorState)) clearSuggestions();
        else paint(editor);
      }),
      () => {
        CSS.highlights?.delete(ALL);
        CSS.highlights?.delete(FOCUSED);
        clearSuggestions();
      },
    );
  }, [editor]);
  return null;
}
