import { useEffect, useId, useRef, type ReactNode } from 'react';

interface ModalProps {
  title: string;
  /** Short explanation, read out with the title. */
  description?: ReactNode;
  onEscape?: () => void;
  wide?: boolean;
  children: ReactNode;
}

/** A modal dialog: labelled by its title, focus moved inside on open, Escape answered by `onEscape`. */
export function Modal({ title, description, onEscape, wide, children }: ModalProps) {
  const titleId = useId();
  const textId = useId();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const first = box.current?.querySelector<HTMLElement>('button.primary, button');
    first?.focus();
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
