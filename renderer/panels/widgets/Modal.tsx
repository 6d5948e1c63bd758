import { useEffect, useId, useRef, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';

interface ModalProps {
  title: string;
  /** Short explanation, read out with the title. */
  description?: ReactNode;
  role?: 'dialog' | 'alertdialog';
  /** Escape calls this; without it Escape does nothing (a question that must be answered). */
  onEscape?: () => void;
  /** Given, the dialog is a form and Enter in a field submits it. */
  onSubmit?: () => void;
  wide?: boolean;
  className?: string;
  children: ReactNode;
}

const FIRST_CONTROL = 'input, select, textarea, button';
const TABBABLE =
  'a[href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled]), iframe, [tabindex]:not([tabindex="-1"])';

/** Tab from the last control goes to the first, Shift+Tab from the first to the last: focus stays in the dialog. */
function keepTabInside(box: HTMLElement | null, event: KeyboardEvent): void {
  const tabbable = [...(box?.querySelectorAll<HTMLElement>(TABBABLE) ?? [])].filter(
    (element) => element.getClientRects().length > 0,
  );
  if (tabbable.length === 0) return;
  const [first, last] = [tabbable[0], tabbable[tabbable.length - 1]];
  const wrapTo = event.shiftKey
    ? document.activeElement === first
      ? last
      : null
    : document.activeElement === last
      ? first
      : null;
  if (!wrapTo) return;
  event.preventDefault();
  wrapTo.focus();
}

/** When the dialog closes and nothing else took focus, it goes back where it was before the dialog opened. */
function useReturnFocusOnClose(): void {
  useEffect(() => {
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    return () => {
      const lost = document.activeElement === null || document.activeElement === document.body;
      if (lost && before?.isConnected) before.focus();
    };
  }, []);
}

/**
 * The one modal frame of the app: labelled by its title, focus on the element
 * marked `data-autofocus` (else the first control), Escape answered by
 * `onEscape` and kept from reaching the window behind.
 */
export function Modal({
  title,
  description,
  role = 'dialog',
  onEscape,
  onSubmit,
  wide,
  className,
  children,
}: ModalProps) {
  const titleId = useId();
  const textId = useId();
  const box = useRef<HTMLElement>(null);
  useReturnFocusOnClose();
  useEffect(() => {
    const start =
      box.current?.querySelector<HTMLElement>('[data-autofocus]') ??
      box.current?.querySelector<HTMLElement>(FIRST_CONTROL);
    start?.focus();
  }, [title]);
  const frame = {
    className: ['modal', wide && 'modal-wide', className].filter(Boolean).join(' '),
    role,
    'aria-modal': true,
    'aria-labelledby': titleId,
    'aria-describedby': description ? textId : undefined,
    onKeyDown: (event: KeyboardEvent) => {
      if (event.key === 'Tab') keepTabInside(box.current, event);
      if (event.key !== 'Escape' || !onEscape) return;
      event.stopPropagation();
      onEscape();
    },
  };
  const content = (
    <>
      <h2 id={titleId}>{title}</h2>
      {description && <p id={textId}>{description}</p>}
      {children}
    </>
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit?.();
  };
  return (
    <div className="modal-backdrop">
      {onSubmit ? (
        <form ref={(element) => void (box.current = element)} {...frame} onSubmit={submit}>
          {content}
        </form>
      ) : (
        <div ref={(element) => void (box.current = element)} {...frame}>
          {content}
        </div>
      )}
    </div>
  );
}

/** The row of buttons under a dialog: a dismiss button (Cancel / Close), then any others, pushed right. */
export function ModalFooter({
  dismissLabel = 'Cancel',
  onDismiss,
  children,
}: {
  dismissLabel?: string;
  onDismiss: () => void;
  children?: ReactNode;
}) {
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

/** The row under a form dialog with only its submit button. */
export function ModalSubmit({ label, disabled }: { label: string; disabled?: boolean }) {
  return (
    <div className="modal-actions">
      <span className="spacer" />
      <button type="submit" className="primary" disabled={disabled}>
        {label}
      </button>
    </div>
  );
}
