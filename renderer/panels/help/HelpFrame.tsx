import { useEffect, useRef, type ReactNode } from 'react';
import { closeOverlay } from '../../state/overlay-store';

/** A closable help sheet (Escape or Close). */
export function HelpFrame({ title, children }: { title: string; children: ReactNode }) {
  const closeButton = useRef<HTMLButtonElement>(null);
  useEffect(() => closeButton.current?.focus(), []);
  const close = () => closeOverlay();
  return (
    <div className="modal-backdrop" onPointerDown={close}>
      <section
        className="modal help-sheet"
        role="dialog"
        aria-modal="true"
        aria-label={title}
        onPointerDown={(event) => event.stopPropagation()}
        onKeyDown={(event) => {
          if (event.key !== 'Escape') return;
          event.preventDefault();
          close();
        }}
      >
        <header className="help-header">
          <h2>{title}</h2>
          <button type="button" ref={closeButton} onClick={close}>
            Close
          </button>
        </header>
        <div className="help-body">{children}</div>
      </section>
    </div>
  );
}
