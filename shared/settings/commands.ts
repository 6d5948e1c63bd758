/**
 * Every user command, declared once. The renderer binds handlers to these ids
 * and handles their shortcuts; main builds the native menu from the same list
 * (with `registerAccelerator: false`, so a key press is handled only once, by
 * the renderer, and the menu only answers clicks).
 *
 * Shortcuts use "Mod" for Ctrl (Windows, Linux) / Cmd (macOS).
 */

export type MenuName = 'File' | 'Edit' | 'View' | 'Claim' | 'Source' | 'Review' | 'Help';

export interface CommandSpec {
  id: string;
  label: string;
  menu: MenuName;
  shortcut?: string;
  /** Commands in the same group are separated from others in menus. */
  group?: string;
}

export const COMMANDS = [
  { id: 'file.new', label: 'New Project', menu: 'File', shortcut: 'Mod+N', group: 'open' },
  { id: 'file.open', label: 'Open Project…', menu: 'File', shortcut: 'Mod+O', group: 'open' },
  { id: 'file.openDemo', label: 'Open Demo Project', menu: 'File', group: 'open' },
  { id: 'file.save', label: 'Save', menu: 'File', shortcut: 'Mod+S', group: 'save' },
  { id: 'file.saveAs', label: 'Save As…', menu: 'File', shortcut: 'Mod+Shift+S', group: 'save' },
  { id: 'file.close', label: 'Close Project', menu: 'File', shortcut: 'Mod+W', group: 'close' },
  { id: 'file.importArticle', label: 'Import Article…', menu: 'File', group: 'import' },
  { id: 'file.share', label: 'Share Project…', menu: 'File', group: 'share' },
  { id: 'file.openShared', label: 'Open Shared Project…', menu: 'File', group: 'share' },
  { id: 'claim.mark', label: 'Mark Claim', menu: 'Claim', shortcut: 'Mod+Shift+M', group: 'mark' },
  { id: 'claim.next', label: 'Next Claim', menu: 'Claim', shortcut: 'Alt+Down', group: 'navigate' },
  { id: 'claim.previous', label: 'Previous Claim', menu: 'Claim', shortcut: 'Alt+Up', group: 'navigate' },
  { id: 'claim.findClaims', label: 'Find Claims', menu: 'Claim', shortcut: 'Mod+Shift+F', group: 'find' },
  { id: 'claim.focusCard', label: 'Go to Claim Card', menu: 'Claim', shortcut: 'Alt+Enter', group: 'navigate' },
  { id: 'review.send', label: 'Send to Review', menu: 'Review', shortcut: 'Mod+Shift+E', group: 'send' },
  { id: 'review.sendAllReady', label: 'Send All Ready Claims to Review', menu: 'Review', group: 'send' },
  { id: 'view.reviewMode', label: 'Review Mode', menu: 'View', shortcut: 'Mod+Shift+R', group: 'mode' },
  { id: 'view.activity', label: 'Activity Log', menu: 'View', shortcut: 'Mod+Shift+L', group: 'panels' },
  { id: 'review.signOff', label: 'Sign Off Project…', menu: 'Review', group: 'signoff' },
  { id: 'app.preferences', label: 'Preferences…', menu: 'Edit', shortcut: 'Mod+,', group: 'preferences' },
  { id: 'file.restoreHistory', label: 'Restore from History…', menu: 'File', group: 'history' },
  { id: 'file.exportReport', label: 'Export report…', menu: 'File', shortcut: 'Mod+E', group: 'export' },
  {
    id: 'evidence.linkSupporting',
    label: 'Link Selection as Supporting',
    menu: 'Source',
    shortcut: 'Mod+Alt+1',
    group: 'link',
  },
  {
    id: 'evidence.linkContradicting',
    label: 'Link Selection as Contradicting',
    menu: 'Source',
    shortcut: 'Mod+Alt+2',
    group: 'link',
  },
  {
    id: 'evidence.linkContext',
    label: 'Link Selection as Context',
    menu: 'Source',
    shortcut: 'Mod+Alt+3',
    group: 'link',
  },
  { id: 'edit.find', label: 'Find in Article…', menu: 'Edit', shortcut: 'Mod+F', group: 'find' },
  { id: 'edit.replace', label: 'Find and Replace…', menu: 'Edit', shortcut: 'Mod+Alt+F', group: 'find' },
  { id: 'view.zoomIn', label: 'Zoom In', menu: 'View', shortcut: 'Mod+=', group: 'zoom' },
  { id: 'view.zoomOut', label: 'Zoom Out', menu: 'View', shortcut: 'Mod+-', group: 'zoom' },
  { id: 'view.zoomReset', label: 'Actual Size', menu: 'View', shortcut: 'Mod+0', group: 'zoom' },
  { id: 'app.commandPalette', label: 'Command Palette…', menu: 'View', shortcut: 'Mod+Shift+P', group: 'palette' },
  { id: 'help.guide', label: 'Getting Started', menu: 'Help', shortcut: 'F1', group: 'help' },
  { id: 'help.shortcuts', label: 'Keyboard Shortcuts', menu: 'Help', shortcut: 'Mod+/', group: 'help' },
  { id: 'help.crashLog', label: 'Open Crash Log', menu: 'Help', group: 'support' },
  { id: 'help.about', label: 'About Factdesk', menu: 'Help', group: 'about' },
] as const satisfies readonly CommandSpec[];

export type CommandId = (typeof COMMANDS)[number]['id'];

export const COMMAND_IDS: readonly string[] = COMMANDS.map((command) => command.id);

export function isCommandId(value: unknown): value is CommandId {
  return typeof value === 'string' && COMMAND_IDS.includes(value);
}

/** "Mod+Shift+S" -> Electron's "CmdOrCtrl+Shift+S". */
export function toElectronAccelerator(shortcut: string): string {
  return shortcut.replace(/^Mod\+/, 'CmdOrCtrl+');
}

/** macOS writes modifiers as symbols, in this order (Control, Option, Shift, Command). */
const MAC_MODIFIERS: [string, string][] = [
  ['Ctrl', '⌃'],
  ['Alt', '⌥'],
  ['Shift', '⇧'],
  ['Mod', '⌘'],
];
const MAC_KEYS: Record<string, string> = { Up: '↑', Down: '↓', Left: '←', Right: '→', Enter: '↩' };

/** "Mod+Shift+S" -> "Ctrl+Shift+S" on Linux and Windows, "⇧⌘S" on macOS. */
export function displayShortcut(shortcut: string, isMac: boolean): string {
  if (!isMac) return shortcut.replace(/^Mod\+/, 'Ctrl+');
  const parts = shortcut.split('+');
  const key = parts.pop()!;
  const symbols = MAC_MODIFIERS.filter(([name]) => parts.includes(name)).map(([, symbol]) => symbol);
  return symbols.join('') + (MAC_KEYS[key] ?? key);
}
