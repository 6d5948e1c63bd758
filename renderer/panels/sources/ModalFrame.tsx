import { useEffect, useRef, type ReactNode } from 'react';

interface Props {
  title: string;
  role?: 'dialog' | 'alertdialog';
  onClose: () => void;
  children: ReactNode;
  wide?: boolean;
}

/** A modal box: labelled by its title, Escape closes, focus starts on the first field or button. */
export function ModalFrame({ title, role = 'dialog', onClose, children, wide }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const titleId = `modal-${title.replace(/\W+/g, '-').toLowerCase()}`;
  useEffect(() => {
    box.current?.querySelector<HTMLElement>('[data-autofocus], input, textarea, button')?.focus();
  }, []);
  return (
    <div className="modal-backdrop">
      <div
        ref={box}
        className={`modal ${wide ? 'modal-wide' : ''}`}
        role={role}
        aria-modal="true"
        aria-labelledby={titleId}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.stopPropagation();
            onClose();
          }
        }}
      >
        <h2 id={titleId}>{title}</h2>
        {children}
      </div>
    </div>
  );
}
