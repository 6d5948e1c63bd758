import { useEffect, useMemo, useRef, useState } from 'react';
import { COMMANDS, type CommandId, type CommandSpec } from '../../../shared/settings/commands';
import { useShortcutText } from '../../commands/use-shortcut-text';
import { commands } from '../../commands/command-registry';
import { useStore } from '../../state/store';
import { overlayStore, closeOverlay } from '../../state/overlay-store';

function matches(command: CommandSpec, query: string): boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const haystack = `${command.menu} ${command.label}`.toLowerCase();
  return words.every((word) => haystack.includes(word));
}

/** Ctrl/Cmd+Shift+P: find any available command by name and run it. */
export function CommandPalette() {
  const open = useStore(overlayStore, (overlay) => overlay === 'palette');
  const { key } = useShortcutText();
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const available = useMemo(
    () =>
      open
        ? (COMMANDS as readonly CommandSpec[]).filter(
            (c) => c.id !== 'app.commandPalette' && commands.isAvailable(c.id as CommandId),
          )
        : [],
    [open],
  );
  const shown = available.filter((command) => matches(command, query));
  useEffect(() => {
    if (!open) return;
    setQuery('');
    setSelected(0);
    input.current?.focus();
  }, [open]);
  if (!open) return null;
  const close = () => closeOverlay();
  const run = (command: CommandSpec | undefined) => {
    if (!command) return;
    close();
    commands.run(command.id as CommandId);
  };
  return (
    <div className="modal-backdrop palette-backdrop" onPointerDown={close}>
      <div
        className="modal palette"
        role="dialog"
        aria-modal="true"
        aria-label="Command palette"
        onPointerDown={(event) => event.stopPropagation()}
      >
        <input
          ref={input}
          role="combobox"
          aria-label="Command"
          aria-expanded="true"
          aria-controls="palette-list"
          aria-activedescendant={shown[selected] ? `palette-${shown[selected].id}` : undefined}
          placeholder="Type a command…"
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setSelected(0);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.preventDefault();
              close();
            }
            if (event.key === 'ArrowDown') setSelected((i) => Math.min(i + 1, shown.length - 1));
            if (event.key === 'ArrowUp') setSelected((i) => Math.max(i - 1, 0));
            if (event.key === 'Enter') {
              event.preventDefault();
              run(shown[selected]);
            }
          }}
        />
        <ul id="palette-list" role="listbox" aria-label="Commands">
          {shown.map((command, index) => (
            <li
              key={command.id}
              id={`palette-${command.id}`}
              role="option"
              aria-selected={index === selected}
              onPointerDown={() => run(command)}
            >
              <span>
                <span className="palette-menu">{command.menu}: </span>
                {command.label}
              </span>
              {command.shortcut && <kbd>{key(command.shortcut)}</kbd>}
            </li>
          ))}
          {shown.length === 0 && <li className="empty-hint">No command matches “{query}”.</li>}
        </ul>
      </div>
    </div>
  );
}
