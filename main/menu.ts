import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import { eventChannelOf } from '../shared/api';
import { COMMANDS, toElectronAccelerator, type CommandSpec, type MenuName } from '../shared/commands';

/**
 * The native menu, built from shared/commands.ts. Accelerators are shown but
 * not registered: the renderer handles every shortcut itself, so a key press
 * runs its command exactly once, in the app and in the e2e harness alike.
 */
function commandItem(command: CommandSpec, window: BrowserWindow): MenuItemConstructorOptions {
  return {
    label: command.label,
    accelerator: command.shortcut ? toElectronAccelerator(command.shortcut) : undefined,
    registerAccelerator: false,
    click: () => window.webContents.send(eventChannelOf('menuCommand'), command.id),
  };
}

function itemsFor(menu: MenuName, window: BrowserWindow): MenuItemConstructorOptions[] {
  const items: MenuItemConstructorOptions[] = [];
  let group: string | undefined;
  for (const command of COMMANDS as readonly CommandSpec[]) {
    if (command.menu !== menu) continue;
    if (items.length > 0 && command.group !== group) items.push({ type: 'separator' });
    group = command.group;
    items.push(commandItem(command, window));
  }
  return items;
}

export function buildMenu(window: BrowserWindow, isMac: boolean): Menu {
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    { label: 'File', submenu: [...itemsFor('File', window), { type: 'separator' }, isMac ? { role: 'close' } : { role: 'quit' }] },
    { label: 'Edit', submenu: [{ role: 'undo' }, { role: 'redo' }, { type: 'separator' }, { role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { role: 'selectAll' }, { type: 'separator' }, ...itemsFor('Edit', window)] },
    { label: 'Claim', submenu: itemsFor('Claim', window) },
    { label: 'Source', submenu: itemsFor('Source', window) },
    { label: 'Review', submenu: itemsFor('Review', window) },
    {
      label: 'View',
      // Zoom is the renderer's own command (one handler for keys and clicks), not Electron's zoom roles.
      submenu: [...itemsFor('View', window), { type: 'separator' }, { role: 'togglefullscreen' }],
    },
    { role: 'windowMenu' },
    { role: 'help', submenu: itemsFor('Help', window) },
  ];
  return Menu.buildFromTemplate(template);
}
