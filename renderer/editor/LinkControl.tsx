import { TOGGLE_LINK_COMMAND } from '@lexical/link';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useState } from 'react';
import { safeExternalUrl } from '../../shared/util/safe-url';

/** "Link" opens a small field for the address (Electron has no window.prompt). */
export function LinkControl() {
  const [editor] = useLexicalComposerContext();
  const [editing, setEditing] = useState(false);
  const [address, setAddress] = useState('https://');
  const valid = safeExternalUrl(address) !== null;
  if (!editing) {
    return (
      <button
        type="button"
        aria-label="Link"
        title="Link the selected text"
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => setEditing(true)}
      >
        Link
      </button>
    );
  }
  const close = () => {
    setEditing(false);
    setAddress('https://');
  };
  return (
    <form
      className="link-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (!valid) return;
        editor.dispatchCommand(TOGGLE_LINK_COMMAND, address);
        close();
      }}
    >
      <input
        aria-label="Link address"
        value={address}
        autoFocus
        onChange={(event) => setAddress(event.target.value)}
        onKeyDown={(event) => event.key === 'Escape' && close()}
      />
      <button type="submit" disabled={!valid}>
        Apply
      </button>
      <button type="button" onClick={() => (editor.dispatchCommand(TOGGLE_LINK_COMMAND, null), close())}>
        Remove link
      </button>
    </form>
  );
}
