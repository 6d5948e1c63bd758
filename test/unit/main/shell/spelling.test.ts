import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Session, WebContents } from 'electron';
import { electronSpelling } from '../../../../main/shell/spelling';

/** Stand-ins for the window's WebContents (its context-menu event) and session (its spellchecker). */
function fakeWindow(available = ['en-GB', 'en-US', 'fr-FR', 'de-DE']) {
  const contents = new EventEmitter();
  const calls: string[] = [];
  const session = {
    availableSpellCheckerLanguages: available,
    getSpellCheckerLanguages: () => ['en-GB'],
    setSpellCheckerLanguages: (codes: string[]) => void calls.push(`languages:${codes.join(',')}`),
    addWordToSpellCheckerDictionary: (word: string) => (calls.push(`add:${word}`), true),
  };
  const rightClick = (params: object) =>
    contents.emit('context-menu', {}, { isEditable: true, misspelledWord: '', dictionarySuggestions: [], ...params });
  return { contents: contents as unknown as WebContents, session: session as unknown as Session, calls, rightClick };
}

afterEach(() => vi.useRealTimers());

describe('spelling at the article’s right-click', () => {
  it('answers with the report when it came just before the question', async () => {
    const window = fakeWindow();
    const spelling = electronSpelling(window.contents, window.session, 'linux');
    window.rightClick({ misspelledWord: 'reservior', dictionarySuggestions: ['reservoir'] });
    await expect(spelling.atContextMenu()).resolves.toEqual({ word: 'reservior', suggestions: ['reservoir'] });
  });

  it('waits for the report when the question came first, and says null for a word spelled right', async () => {
    const window = fakeWindow();
    const spelling = electronSpelling(window.contents, window.session, 'linux');
    const asked = spelling.atContextMenu();
    window.rightClick({ misspelledWord: 'tarif', dictionarySuggestions: ['tariff', 'tarot'] });
    await expect(asked).resolves.toEqual({ word: 'tarif', suggestions: ['tariff', 'tarot'] });
    const again = spelling.atContextMenu();
    window.rightClick({});
    await expect(again).resolves.toBeNull();
  });

  it('gives up after a moment without a report, and an old report is not taken for a new right-click', async () => {
    vi.useFakeTimers();
    const window = fakeWindow();
    const spelling = electronSpelling(window.contents, window.session, 'linux');
    window.rightClick({ misspelledWord: 'old', dictionarySuggestions: [] });
    vi.advanceTimersByTime(1000);
    const asked = spelling.atContextMenu();
    vi.advanceTimersByTime(1000);
    await expect(asked).resolves.toBeNull();
  });

  it('checks in the article’s language where a dictionary has it, else the system’s; macOS chooses by itself', () => {
    const window = fakeWindow();
    const spelling = electronSpelling(window.contents, window.session, 'win32');
    spelling.setLanguage('fr');
    spelling.setLanguage('');
    spelling.setLanguage('fi');
    spelling.addToDictionary('Wrenholm');
    expect(window.calls).toEqual(['languages:fr-FR', 'languages:en-GB', 'languages:en-GB', 'add:Wrenholm']);
    const mac = fakeWindow();
    electronSpelling(mac.contents, mac.session, 'darwin').setLanguage('fr');
    expect(mac.calls).toEqual([]);
  });
});
