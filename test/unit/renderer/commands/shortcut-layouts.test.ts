import { describe, expect, it } from 'vitest';
import { commandForKey } from '../../../../renderer/commands/command-registry';
import { displayShortcut } from '../../../../shared/settings/commands';

/** A key press as the browser reports it: the character typed (key) and the physical key (code, named by its US position). */
interface Press {
  key: string;
  code: string;
  ctrl?: boolean;
  meta?: boolean;
  shift?: boolean;
  alt?: boolean;
}

const event = (press: Press) => ({
  key: press.key,
  code: press.code,
  ctrlKey: !!press.ctrl,
  metaKey: !!press.meta,
  shiftKey: !!press.shift,
  altKey: !!press.alt,
});
const linux = (press: Press) => commandForKey(event(press), false);
const mac = (press: Press) => commandForKey(event(press), true);

describe('shortcuts on other keyboard layouts follow the character typed', () => {
  it('AZERTY: Ctrl+Z is not Close (the Z key sits where QWERTY has W); Ctrl+W closes', () => {
    expect(linux({ key: 'z', code: 'KeyW', ctrl: true })).toBeNull();
    expect(linux({ key: 'w', code: 'KeyZ', ctrl: true })).toBe('file.close');
    expect(linux({ key: 'M', code: 'Semicolon', ctrl: true, shift: true })).toBe('claim.mark');
    expect(linux({ key: ',', code: 'KeyM', ctrl: true })).toBe('app.preferences');
  });

  it('AZERTY: the digit row types symbols unshifted, so digit shortcuts fall back to the key; - and / are characters', () => {
    expect(linux({ key: '&', code: 'Digit1', ctrl: true, alt: true })).toBe('evidence.linkSupporting');
    expect(linux({ key: '"', code: 'Digit3', ctrl: true, alt: true })).toBe('evidence.linkContext');
    expect(linux({ key: 'à', code: 'Digit0', ctrl: true })).toBe('view.zoomReset');
    expect(linux({ key: '-', code: 'Digit6', ctrl: true })).toBe('view.zoomOut');
    expect(linux({ key: '=', code: 'Equal', ctrl: true })).toBe('view.zoomIn');
    expect(linux({ key: '/', code: 'Period', ctrl: true, shift: true })).toBe('help.shortcuts');
  });

  it('QWERTZ: Ctrl+- zooms out (the key sits where QWERTY has /), Ctrl+Shift+7 types / and opens the shortcuts', () => {
    expect(linux({ key: '-', code: 'Slash', ctrl: true })).toBe('view.zoomOut');
    expect(linux({ key: '/', code: 'Digit7', ctrl: true, shift: true })).toBe('help.shortcuts');
    expect(linux({ key: '=', code: 'Digit0', ctrl: true, shift: true })).toBe('view.zoomIn');
    expect(linux({ key: '0', code: 'Digit0', ctrl: true })).toBe('view.zoomReset');
    expect(linux({ key: 'z', code: 'KeyY', ctrl: true })).toBeNull();
    expect(linux({ key: 'y', code: 'KeyZ', ctrl: true })).toBeNull();
  });

  it('Dvorak: the key labelled O opens, S saves, W closes and , is Preferences', () => {
    expect(linux({ key: 'o', code: 'KeyS', ctrl: true })).toBe('file.open');
    expect(linux({ key: 's', code: 'Semicolon', ctrl: true })).toBe('file.save');
    expect(linux({ key: 'w', code: 'Comma', ctrl: true })).toBe('file.close');
    expect(linux({ key: ',', code: 'KeyW', ctrl: true })).toBe('app.preferences');
    expect(linux({ key: 'P', code: 'KeyR', ctrl: true, shift: true })).toBe('app.commandPalette');
    expect(linux({ key: 'z', code: 'Slash', ctrl: true })).toBeNull();
    expect(linux({ key: '-', code: 'Quote', ctrl: true })).toBe('view.zoomOut');
  });

  it('a layout without Latin letters, and macOS Option characters, use the key position', () => {
    expect(linux({ key: 'ы', code: 'KeyS', ctrl: true })).toBe('file.save');
    expect(mac({ key: 'ƒ', code: 'KeyF', meta: true, alt: true })).toBe('edit.replace');
    expect(mac({ key: '¡', code: 'Digit1', meta: true, alt: true })).toBe('evidence.linkSupporting');
    expect(mac({ key: 'ArrowDown', code: 'ArrowDown', alt: true })).toBe('claim.next');
  });

  it('keeps the exact modifiers', () => {
    expect(linux({ key: 's', code: 'KeyS', ctrl: true })).toBe('file.save');
    expect(linux({ key: 'S', code: 'KeyS', ctrl: true, shift: true })).toBe('file.saveAs');
    expect(mac({ key: 's', code: 'KeyS', ctrl: true })).toBeNull();
    expect(linux({ key: 's', code: 'KeyS' })).toBeNull();
    expect(linux({ key: '_', code: 'Minus', ctrl: true, shift: true })).toBeNull();
  });
});

describe('shortcut names', () => {
  it('reads Ctrl, Shift and Alt on Linux and Windows, and the macOS symbols in macOS order', () => {
    expect(displayShortcut('Mod+Shift+S', false)).toBe('Ctrl+Shift+S');
    expect(displayShortcut('Mod+Alt+1', false)).toBe('Ctrl+Alt+1');
    expect(displayShortcut('Mod+Shift+S', true)).toBe('⇧⌘S');
    expect(displayShortcut('Mod+Alt+1', true)).toBe('⌥⌘1');
    expect(displayShortcut('Alt+Down', true)).toBe('⌥↓');
    expect(displayShortcut('Alt+Enter', true)).toBe('⌥↩');
    expect(displayShortcut('F1', true)).toBe('F1');
  });
});
