import { useEffect, useId, useRef, type ReactNode } from 'react';

interface ModalProps {
  title: string;
  /** Short explanation, read out with the title. */
  description?: ReactNode;
  onEscape?: () => void;
  wide?: boolean;
  children: ReactNode;
}

/** A modal dialog: labelled by its title, focus on its primary button (else its first), Escape answered by `onEscape`. */
export function Modal({ title, description, onEscape, wide, children }: ModalProps) {
  const titleId = useId();
  const textId = useId();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const start = box.current?.querySelector<HTMLElement>('button.primary') ?? box.current?.querySelector<HTMLElement>('button');
    start?.focus();
  }, [title]);
  return (
    <div className="modal-backdrop">
      <div
        ref={box}
        className={`modal${wide ? ' modal-wide' : ''}`}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={description ? textId : undefined}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && onEscape) onEscape();
        }}
      >
        <h2 id={titleId}>{title}</h2>
        {description && <p id={textId}>{description}</p>}
        {children}
      </div>
    </div>
  );
}

/** The row of buttons under a dialog: a dismiss button (Cancel / Close), then any others, pushed right. */
export function ModalFooter({ dismissLabel = 'Cancel', onDismiss, children }: { dismissLabel?: string; onDismiss: () => void; children?: ReactNode }) {
  return (
    <div className="modal-actions">
      <span className="spacer" />
      <button type="button" onClick={onDismiss}>
        {dismissLabel}
      </button>
      {children}
    </div>
  );
}
