import { useEffect } from 'react';
import { useStore } from '../../state/store';
import { dismissNotice, noticesStore } from '../../state/notices-store';

/** Escape that nothing else used (a dialog, the Find bar, a card) dismisses the newest toast. */
function useEscapeDismisses(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      const newest = noticesStore.get().at(-1);
      if (newest) dismissNotice(newest.id);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}

/**
 * Toasts for saves and errors, at most two, in the window's bottom-left
 * corner: away from the side panel, where the card's Delete and Unlink are.
 * Errors stay until dismissed and are announced assertively.
 */
export function Notices() {
  const notices = useStore(noticesStore, (value) => value);
  useEscapeDismisses();
  return (
    <div className="notices" aria-live="polite">
      {notices.map((notice) => (
        <div
          key={notice.id}
          className={`notice notice-${notice.kind}`}
          role={notice.kind === 'error' ? 'alert' : 'status'}
        >
          <span className="notice-text">{notice.text}</span>
          {notice.action && (
            <button
              type="button"
              className="notice-action"
              onClick={() => {
                notice.action!.run();
                dismissNotice(notice.id);
              }}
            >
              {notice.action.label}
            </button>
          )}
          <button
            type="button"
            className="notice-close"
            aria-label="Dismiss message"
            onClick={() => dismissNotice(notice.id)}
          >
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
