import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import type { RecentProject } from '../../shared/api';
import {
  COMMANDS,
  toElectronAccelerator,
  type CommandId,
  type CommandSpec,
  type MenuName,
} from '../../shared/settings/commands';
import { sendEvent } from './send-event';

/**
 * The native menu, built from shared/settings/commands.ts. Accelerators are shown but
 * not registered: the renderer handles every shortcut itself, so a key press
 * runs its command exactly once, in the app and in the e2e harness alike.
 * A few items belong to main alone (recent projects, updates, the crash log).
 */

export interface MainMenuActions {
  recentProjects(): readonly RecentProject[];
  openRecent(filePath: string): void;
  clearRecent(): void;
  checkForUpdates(): void;
}

/** A command as the menu reads it: every field optional in the list, and its id one of the list's. */
type MenuCommand = CommandSpec & { id: CommandId };

function commandItem(command: MenuCommand, window: BrowserWindow): MenuItemConstructorOptions {
  return {
    label: command.label,
    accelerator: command.shortcut ? toElectronAccelerator(command.shortcut) : undefined,
    registerAccelerator: false,
    click: () => sendEvent(window.webContents, 'menuCommand', command.id),
  };
}

/** The menu's commands, a separator between groups, and `after[group]` at the end of that group. */
function itemsFor(
  menu: MenuName,
  window: BrowserWindow,
  after: Partial<Record<string, MenuItemConstructorOptions[]>> = {},
): MenuItemConstructorOptions[] {
  const items: MenuItemConstructorOptions[] = [];
  let group: string | undefined;
  for (const command of COMMANDS as readonly MenuCommand[]) {
    if (command.menu !== menu) continue;
    if (items.length > 0 && command.group !== group) items.push(...(after[group ?? ''] ?? []), { type: 'separator' });
    group = command.group;
    items.push(commandItem(command, window));
  }
  return [...items, ...(after[group ?? ''] ?? [])];
}

/** macOS keeps the list itself (app.addRecentDocument); elsewhere the submenu lists Factdesk's own. */
function openRecentItem(isMac: boolean, actions: MainMenuActions): MenuItemConstructorOptions {
  if (isMac) return { label: 'Open Recent', role: 'recentDocuments', submenu: [{ role: 'clearRecentDocuments' }] };
  const recent = actions.recentProjects();
  if (recent.length === 0) return { label: 'Open Recent', submenu: [{ label: 'No Recent Projects', enabled: false }] };
  const projects = recent.map((project): MenuItemConstructorOptions => ({
    label: project.name,
    sublabel: project.path,
    toolTip: project.path,
    click: () => actions.openRecent(project.path),
  }));
  const submenu: MenuItemConstructorOptions[] = [
    ...projects,
    { type: 'separator' },
    { label: 'Clear Recently Opened', click: actions.clearRecent },
  ];
  return { label: 'Open Recent', submenu };
}

export function buildMenu(window: BrowserWindow, isMac: boolean, actions: MainMenuActions): Menu {
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        ...itemsFor('File', window, { open: [openRecentItem(isMac, actions)] }),
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: 'Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
        { type: 'separator' },
        ...itemsFor('Edit', window),
      ],
    },
    { label: 'Claim', submenu: itemsFor('Claim', window) },
    { label: 'Source', submenu: itemsFor('Source', window) },
    { label: 'Review', submenu: itemsFor('Review', window) },
    {
      label: 'View',
      // Zoom is the renderer's own command (one handler for keys and clicks), not Electron's zoom roles.
      submenu: [...itemsFor('View', window), { type: 'separator' }, { role: 'togglefullscreen' }],
    },
    { role: 'windowMenu' },
    {
      role: 'help',
      submenu: [
        ...itemsFor('Help', window),
        { type: 'separator' },
        { label: 'Check for Updates…', click: actions.checkForUpdates },
      ],
    },
  ];
  return Menu.buildFromTemplate(template);
}
