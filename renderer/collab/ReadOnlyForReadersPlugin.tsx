import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';
import { useConnectionStatus } from './use-connection-status';

/**
 * A reader's editor is not editable: the server drops a reader's changes,
 * but the window's own copy would still change (and diverge) if typing
 * were allowed.
 */
export function ReadOnlyForReadersPlugin() {
  const [editor] = useLexicalComposerContext();
  const readOnly = useConnectionStatus()?.readOnly ?? false;
  useEffect(() => {
    if (!readOnly) return;
    editor.setEditable(false);
    return () => editor.setEditable(true);
  }, [editor, readOnly]);
  return null;
}
