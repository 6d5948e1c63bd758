import type { Preferences } from '../../shared/settings/preferences';
import { factdesk } from '../factdesk';
import { showNotice } from './notices-store';
import { preferencesStore } from './preferences-store';

const darkQuery = () => window.matchMedia('(prefers-color-scheme: dark)');

/** Put the preferences on screen: theme (following the OS for "system") and the article's font size. */
export function applyPreferences(preferences: Preferences): void {
  const dark = preferences.theme === 'dark' || (preferences.theme === 'system' && darkQuery().matches);
  document.documentElement.dataset.theme = dark ? 'dark' : 'light';
  document.documentElement.style.setProperty('--article-size', `${preferences.editorFontSize}px`);
}

/** Keeps the screen in step with the preferences and with the OS theme. */
export function followPreferences(): () => void {
  const apply = () => applyPreferences(preferencesStore.get());
  apply();
  const unsubscribe = preferencesStore.subscribe(apply);
  const query = darkQuery();
  query.addEventListener('change', apply);
  return () => {
    unsubscribe();
    query.removeEventListener('change', apply);
  };
}

/** Changes apply at once and are saved. */
export async function changePreferences(change: Partial<Preferences>): Promise<void> {
  const next = { ...preferencesStore.get(), ...change };
  preferencesStore.set(next);
  try {
    await factdesk.setPreferences(next);
  } catch (error) {
    showNotice(
      'error',
      `Your preferences could not be saved: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
