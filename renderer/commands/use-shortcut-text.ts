import { COMMANDS, displayShortcut, type CommandId, type CommandSpec } from '../../shared/settings/commands';
import { useStore } from '../state/store';
import { startupStore } from '../state/startup-store';

/** A command's shortcut as declared ("Mod+Shift+M"), or '' when it has none. */
export function shortcutOf(id: CommandId): string {
  return (COMMANDS as readonly CommandSpec[]).find((command) => command.id === id)?.shortcut ?? '';
}

/**
 * Shortcuts written for the user's platform: "Ctrl+Shift+M" on Linux and
 * Windows, "⇧⌘M" on macOS. `key` takes a shortcut, `tip` a label and a command.
 */
export function useShortcutText() {
  const isMac = useStore(startupStore, (startup) => startup.platform === 'mac');
  const key = (shortcut: string) => displayShortcut(shortcut, isMac);
  const tip = (label: string, shortcut: string) => `${label} (${key(shortcut)})`;
  return { key, tip, keyOf: (id: CommandId) => key(shortcutOf(id)) };
}
