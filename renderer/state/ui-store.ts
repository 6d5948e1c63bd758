import type { RecentProject, StartupState } from '../../shared/api';
import type { Identity } from '../../shared/identity';
import { DEFAULT_PREFERENCES, type Preferences } from '../../shared/preferences';
import { Store } from './store';

export type UnsavedChoice = 'save' | 'discard' | 'cancel';

export interface NoticeAction {
  label: string;
  run: () => void;
  /** Keep the notice until it is dismissed or used (an import's Undo). */
  sticky?: boolean;
}

export interface Notice {
  id: number;
  kind: 'error' | 'info' | 'success';
  text: string;
  /** A button in the toast, e.g. Undo; the toast then stays longer. */
  action?: NoticeAction;
}

export type SideTab = 'claims' | 'sources' | 'activity';

export interface UiState {
  platform: StartupState['platform'];
  ready: boolean;
  /** Who is using the app (null until the first-run question is answered). */
  identity: Identity | null;
  /** The identity/preferences dialog: 'first-run' cannot be dismissed. */
  identityDialog: 'first-run' | 'preferences' | null;
  reviewMode: boolean;
  /** A modal overlay: the command palette, the shortcuts list, the guide or About. */
  overlay: 'palette' | 'shortcuts' | 'guide' | 'about' | null;
  /** Long work in progress (a large paste, an import): shown as a progress bar, with a Cancel button when it can be stopped. */
  progress: { label: string; percent: number; cancel?: () => void } | null;
  zoom: number;
  preferences: Preferences;
  sideTab: SideTab;
  recent: RecentProject[];
  notices: Notice[];
  /** The unsaved-changes question being asked, if any. */
  unsavedPrompt: { name: string; answer: (choice: UnsavedChoice) => void } | null;
}

export const uiStore = new Store<UiState>({ platform: 'linux', ready: false, identity: null, identityDialog: null, reviewMode: false, overlay: null, progress: null, zoom: 1, sideTab: 'claims', preferences: DEFAULT_PREFERENCES, recent: [], notices: [], unsavedPrompt: null });

let nextNoticeId = 1;
const MAX_NOTICES = 2;

export function showNotice(kind: Notice['kind'], text: string, action?: NoticeAction): void {
  const notice = { id: nextNoticeId++, kind, text, action };
  // Two at most: a stack of toasts hides the work under it.
  uiStore.update((ui) => ({ ...ui, notices: [...ui.notices.slice(-(MAX_NOTICES - 1)), notice] }));
  if (kind !== 'error' && !action?.sticky) setTimeout(() => dismissNotice(notice.id), action ? 10_000 : 4000);
}

export function dismissNotice(id: number): void {
  uiStore.update((ui) => ({ ...ui, notices: ui.notices.filter((notice) => notice.id !== id) }));
}

export function askAboutUnsavedChanges(name: string): Promise<UnsavedChoice> {
  return new Promise((resolve) => {
    const answer = (choice: UnsavedChoice) => {
      uiStore.update((ui) => ({ ...ui, unsavedPrompt: null }));
      resolve(choice);
    };
    uiStore.update((ui) => ({ ...ui, unsavedPrompt: { name, answer } }));
  });
}

/** The name recorded on changes. */
export function actorName(): string {
  return uiStore.get().identity?.name ?? '';
}
