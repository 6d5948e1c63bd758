import { Store } from './store';

export type UnsavedChoice = 'save' | 'discard' | 'cancel';

/** The unsaved-changes question being asked, if any. */
export const unsavedPromptStore = new Store<{ name: string; answer: (choice: UnsavedChoice) => void } | null>(null);

export function askAboutUnsavedChanges(name: string): Promise<UnsavedChoice> {
  return new Promise((resolve) => {
    const answer = (choice: UnsavedChoice) => {
      unsavedPromptStore.set(null);
      resolve(choice);
    };
    unsavedPromptStore.set({ name, answer });
  });
}
