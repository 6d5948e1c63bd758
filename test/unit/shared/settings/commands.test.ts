import { describe, expect, it } from 'vitest';
import { displayShortcut, toElectronAccelerator } from '../../../../shared/settings/commands';
import { matchesShortcut } from '../../../../renderer/commands/shortcut';

describe('shortcuts', () => {
  const key = (init: Partial<KeyboardEvent>) =>
    ({ ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, key: '', code: '', ...init }) as KeyboardEvent;

  it('matches Mod as Ctrl elsewhere and Cmd on macOS, and needs the exact modifiers', () => {
    expect(matchesShortcut(key({ ctrlKey: true, code: 'KeyS', key: 's' }), 'Mod+S', false)).toBe(true);
    expect(matchesShortcut(key({ metaKey: true, code: 'KeyS', key: 's' }), 'Mod+S', true)).toBe(true);
    expect(matchesShortcut(key({ ctrlKey: true, code: 'KeyS', key: 's' }), 'Mod+S', true)).toBe(false);
    expect(matchesShortcut(key({ ctrlKey: true, shiftKey: true, code: 'KeyS', key: 'S' }), 'Mod+S', false)).toBe(false);
    expect(matchesShortcut(key({ ctrlKey: true, shiftKey: true, code: 'KeyS', key: 'S' }), 'Mod+Shift+S', false)).toBe(
      true,
    );
  });

  it('converts to Electron accelerators and display text', () => {
    expect(toElectronAccelerator('Mod+Shift+S')).toBe('CmdOrCtrl+Shift+S');
    expect(displayShortcut('Mod+Shift+S', false)).toBe('Ctrl+Shift+S');
    expect(displayShortcut('Mod+Shift+S', true)).toBe('⇧⌘S');
  });
});
