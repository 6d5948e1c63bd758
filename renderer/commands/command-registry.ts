import { COMMANDS, type CommandId, type CommandSpec } from '../../shared/settings/commands';
import { matchShortcut, type KeyPress } from './shortcut';

type Handler = () => void | Promise<void>;

/**
 * The renderer's one registry of commands: shared/settings/commands.ts gives id,
 * label and shortcut; components bind handlers. Shortcuts, menu clicks and
 * buttons all end in run(id).
 */
export class CommandRegistry {
  private handlers = new Map<CommandId, Handler>();

  bind(id: CommandId, handler: Handler): () => void {
    this.handlers.set(id, handler);
    return () => {
      if (this.handlers.get(id) === handler) this.handlers.delete(id);
    };
  }

  isAvailable(id: CommandId): boolean {
    return this.handlers.has(id);
  }

  run(id: CommandId): void {
    const handler = this.handlers.get(id);
    if (handler) void handler();
  }

  /** Run the command whose shortcut this key press is; true if one ran. */
  handleKeyDown(event: KeyboardEvent, isMac: boolean): boolean {
    const id = commandForKey(event, isMac);
    if (!id || !this.handlers.has(id)) return false;
    event.preventDefault();
    event.stopPropagation();
    this.run(id);
    return true;
  }
}

/**
 * The command whose shortcut this key press is. A match by the character
 * typed wins over a match by the key's position (AZERTY's Ctrl+- sits on the
 * 6 key), whatever the order of the command list.
 */
export function commandForKey(event: KeyPress, isMac: boolean): CommandId | null {
  let byPosition: CommandId | null = null;
  for (const command of COMMANDS as readonly CommandSpec[]) {
    const match = command.shortcut ? matchShortcut(event, command.shortcut, isMac) : null;
    if (match === 'character') return command.id as CommandId;
    if (match === 'physical') byPosition ??= command.id as CommandId;
  }
  return byPosition;
}

export const commands = new CommandRegistry();
