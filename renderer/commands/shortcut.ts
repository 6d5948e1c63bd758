/** What a shortcut needs of a key event (a KeyboardEvent, or the same fields in a test). */
export interface KeyPress {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/**
 * How a key press met a shortcut: by the character it typed (the layout's own
 * letter, as the user reads it on the key), or — only when that character
 * cannot name a shortcut key — by the physical key's US position.
 */
export type KeyMatch = 'character' | 'physical';

const NAMED_KEYS: Record<string, string> = { up: 'arrowup', down: 'arrowdown', left: 'arrowleft', right: 'arrowright' };
/** The US position of the symbols our shortcuts use, for layouts whose keys type no ASCII there (Cyrillic, Greek). */
const SYMBOL_CODES: Record<string, string> = { '=': 'Equal', '-': 'Minus', '/': 'Slash', ',': 'Comma' };

const isAscii = (char: string) => char.length === 1 && char.charCodeAt(0) <= 127;

function modifiersMatch(event: KeyPress, wants: Set<string>, isMac: boolean, shiftFree: boolean): boolean {
  const mod = isMac ? event.metaKey : event.ctrlKey;
  if (wants.has('Mod') !== mod) return false;
  if (!shiftFree && wants.has('Shift') !== event.shiftKey) return false;
  if (wants.has('Alt') !== event.altKey) return false;
  return !(isMac && !wants.has('Ctrl') && event.ctrlKey);
}

/**
 * The physical key stands in for the character only where the character
 * cannot: a non-Latin letter or a macOS Option character (ы, ƒ), and for
 * digits, AZERTY's digit row, which types & é " … unshifted. A Latin letter
 * or ASCII symbol always means itself, so Dvorak and AZERTY keys do what
 * they say.
 */
function physicalMatch(event: KeyPress, wanted: string): boolean {
  if (/^[a-z0-9]$/i.test(event.key)) return false;
  if (/^[0-9]$/.test(wanted)) return event.code === `Digit${wanted}`;
  if (isAscii(event.key)) return false;
  if (/^[a-z]$/.test(wanted)) return event.code === `Key${wanted.toUpperCase()}`;
  return SYMBOL_CODES[wanted] === event.code;
}

/** Does this key event match a shortcut such as "Mod+Shift+S", and how? */
export function matchShortcut(event: KeyPress, shortcut: string, isMac: boolean): KeyMatch | null {
  const parts = shortcut.split('+');
  const wanted = parts.pop()!.toLowerCase();
  const wants = new Set(parts);
  const typed = event.key.toLowerCase();
  // A symbol such as / or = may need Shift on the user's layout (QWERTZ: Shift+7 types /).
  const isSymbol = wanted.length === 1 && !/[a-z0-9]/.test(wanted);
  if (typed === (NAMED_KEYS[wanted] ?? wanted) && modifiersMatch(event, wants, isMac, isSymbol)) return 'character';
  if (wanted.length > 1 || !modifiersMatch(event, wants, isMac, false)) return null;
  return physicalMatch(event, wanted) ? 'physical' : null;
}

/** Does this key event match the shortcut (by character, or by key where the character cannot)? */
export function matchesShortcut(event: KeyPress, shortcut: string, isMac: boolean): boolean {
  return matchShortcut(event, shortcut, isMac) !== null;
}
