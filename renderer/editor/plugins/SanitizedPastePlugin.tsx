import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getSelection, $isRangeSelection, COMMAND_PRIORITY_HIGH, PASTE_COMMAND } from 'lexical';
import { useEffect } from 'react';
import { LARGE_PASTE_CHARS, pasteHtml, pasteLargeHtml } from './paste-html';
import { plainTextAsHtml } from './paste-plain-text';

/**
 * Every paste goes through the sanitiser. Lexical's own clipboard format is
 * ignored on purpose: it could carry crafted nodes, and a pasted copy of a
 * claim must not duplicate its highlight id. Plain text of several lines
 * goes in as paragraphs (paste-plain-text.ts).
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
          const text = data.getData('text/plain');
          const html = data.getData('text/html') || (plainTextAsHtml(text) ?? '');
          if (html.length > LARGE_PASTE_CHARS) void pasteLargeHtml(editor, html);
          else if (html) pasteHtml(editor, html);
          else
            editor.update(() => {
              const selection = $getSelection();
              if ($isRangeSelection(selection)) selection.insertRawText(text);
            });
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
    [editor],
  );
  return null;
}
