import { useEffect, useRef, useState } from 'react';

const IDLE_COMMIT_MS = 700;

/**
 * A text field's local value, committed (as one undoable change) when the
 * field loses focus, on Enter, or after a pause in typing — not per keystroke.
 */
export function useCommittedText(value: string, commit: (next: string) => void) {
  const [draft, setDraft] = useState(value);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef({ draft, value, commit });
  latest.current = { draft, value, commit };

  useEffect(() => setDraft(value), [value]);

  const flush = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const { draft: pending, value: saved, commit: save } = latest.current;
    if (pending !== saved) save(pending);
  };

  useEffect(() => flush, []);

  const onChange = (next: string) => {
    setDraft(next);
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(flush, IDLE_COMMIT_MS);
  };

  return { value: draft, onChange, onBlur: flush };
}
