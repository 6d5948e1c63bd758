import type { Session, WebContents } from 'electron';
import type { SpellingAtPointer } from '../../shared/api';
import type { SpellingDeps } from '../handler-deps';

/** How long the window's question waits for Electron's report of the same right-click. */
const CONTEXT_MENU_WAIT_MS = 400;
/** A report this fresh belongs to the right-click being asked about. */
const FRESH_MS = 150;

/**
 * The spellchecker behind the article's own context menu. The page does not
 * cancel the right-click (a cancelled one never reaches Electron), so Electron
 * reports it with `context-menu`: the misspelled word and the dictionary's
 * suggestions. The window asks for them while it opens its menu; the report
 * and the question may arrive in either order.
 */
export function electronSpelling(contents: WebContents, session: Session, platform: NodeJS.Platform): SpellingDeps {
  let last: { at: number; found: SpellingAtPointer | null } | null = null;
  const systemLanguages = session.getSpellCheckerLanguages();
  let waiting: ((found: SpellingAtPointer | null) => void) | null = null;
  contents.on('context-menu', (_event, params) => {
    const found =
      params.isEditable && params.misspelledWord
        ? { word: params.misspelledWord, suggestions: params.dictionarySuggestions.slice(0, 5) }
        : null;
    if (waiting) {
      waiting(found);
      waiting = null;
    } else last = { at: Date.now(), found };
  });
  return {
    atContextMenu() {
      const fresh = last && Date.now() - last.at < FRESH_MS ? last.found : undefined;
      last = null;
      if (fresh !== undefined) return Promise.resolve(fresh);
      return new Promise((resolve) => {
        waiting = resolve;
        setTimeout(() => {
          if (waiting === resolve) waiting = null;
          resolve(null);
        }, CONTEXT_MENU_WAIT_MS);
      });
    },
    addToDictionary: (word) => void session.addWordToSpellCheckerDictionary(word),
    setLanguage(language) {
      // macOS spellchecks with the system's own language detection; the list applies elsewhere.
      if (platform === 'darwin') return;
      const available = session.availableSpellCheckerLanguages;
      const match = language
        ? (available.find((code) => code === language) ?? available.find((code) => code.startsWith(`${language}-`)))
        : undefined;
      session.setSpellCheckerLanguages(match ? [match] : systemLanguages);
    },
  };
}
