import { COMMANDS, type CommandId, type CommandSpec } from '../../shared/commands';
import { matchesShortcut } from './shortcut';

type Handler = () => void | Promise<void>;

/**
 * The renderer's one registry of commands: shared/commands.ts gives id,
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
    for (const command of COMMANDS as readonly CommandSpec[]) {
      if (!command.shortcut || !matchesShortcut(event, command.shortcut, isMac)) continue;
      if (!this.handlers.has(command.id as CommandId)) return false;
      event.preventDefault();
      event.stopPropagation();
      this.run(command.id as CommandId);
      return true;
    }
    return false;
  }
}

export const commands = new CommandRegistry();
