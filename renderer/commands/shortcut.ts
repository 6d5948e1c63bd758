/** Does this key event match a shortcut such as "Mod+Shift+S"? */
export function matchesShortcut(event: KeyboardEvent, shortcut: string, isMac: boolean): boolean {
  const parts = shortcut.split('+');
  const key = parts.pop()!;
  const wants = new Set(parts);
  const mod = isMac ? event.metaKey : event.ctrlKey;
  if (wants.has('Mod') !== mod) return false;
  if (wants.has('Shift') !== event.shiftKey) return false;
  if (wants.has('Alt') !== event.altKey) return false;
  if (isMac && !wants.has('Ctrl') && event.ctrlKey) return false;
  return normalizeKey(event) === key.toLowerCase();
}

function normalizeKey(event: KeyboardEvent): string {
  if (/^Key[A-Z]$/.test(event.code)) return event.code.slice(3).toLowerCase();
  if (/^Digit[0-9]$/.test(event.code)) return event.code.slice(5);
  const byCode: Record<string, string> = { Equal: '=', Minus: '-', Slash: '/', Comma: ',' };
  if (byCode[event.code]) return byCode[event.code];
  const named: Record<string, string> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right', Escape: 'escape', Enter: 'enter', Delete: 'delete' };
  return named[event.key] ?? event.key.toLowerCase();
}
