import { $generateNodesFromDOM } from '@lexical/html';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getSelection, $insertNodes, $isRangeSelection, COMMAND_PRIORITY_HIGH, PASTE_COMMAND } from 'lexical';
import { useEffect } from 'react';
import { parseSanitizedHtml } from '../../import/sanitize-html';

/**
 * Every paste goes through the sanitiser. Lexical's own clipboard format is
 * ignored on purpose: it could carry crafted nodes, and a pasted copy of a
 * claim must not duplicate its highlight id.
 */
export function SanitizedPastePlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerCommand(
        PASTE_COMMAND,
        (event) => {
          const data = 'clipboardData' in event ? event.clipboardData : null;
          if (!data) return false;
          event.preventDefault();
          const html = data.getData('text/html');
          const text = data.getData('text/plain');
          editor.update(() => {
            const selection = $getSelection();
            if (!$isRangeSelection(selection)) return;
            if (html) $insertNodes($generateNodesFromDOM(editor, parseSanitizedHtml(html)));
            else selection.insertRawText(text);
          });
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
    [editor],
  );
  return null;
}
