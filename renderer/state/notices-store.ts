import { Store } from './store';

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

/** The toasts on screen, oldest first. */
export const noticesStore = new Store<Notice[]>([]);

let nextNoticeId = 1;
const MAX_NOTICES = 2;

export function showNotice(kind: Notice['kind'], text: string, action?: NoticeAction): void {
  const notice = { id: nextNoticeId++, kind, text, action };
  // Two at most: a stack of toasts hides the work under it.
  noticesStore.update((notices) => [...notices.slice(-(MAX_NOTICES - 1)), notice]);
  if (kind !== 'error' && !action?.sticky) setTimeout(() => dismissNotice(notice.id), action ? 10_000 : 4000);
}

export function dismissNotice(id: number): void {
  noticesStore.update((notices) => notices.filter((notice) => notice.id !== id));
}
