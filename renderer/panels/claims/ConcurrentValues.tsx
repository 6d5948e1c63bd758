import type { ReactNode } from 'react';

interface Entry<V extends string> {
  value: V;
  by: string;
  at: string;
}

const when = (iso: string) =>
  iso ? new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' }) : 'at an unknown time';

/**
 * Two values of one field set at once in two copies of the project (merged,
 * both kept): each with who set it and when, and a button to keep it. The
 * field's own control stays below; choosing there settles it too.
 */
export function ConcurrentValues<V extends string>({
  name,
  entries,
  labelOf,
  onKeep,
}: {
  name: string;
  entries: readonly Entry<V>[];
  labelOf: (value: V) => ReactNode;
  onKeep: (value: V) => void;
}) {
  return (
    <div role="group" aria-label={`Two ${name}s`} className="concurrent-values">
      <p>Two {name}s were set at once in two copies of this project. Both are kept until you choose:</p>
      <ul>
        {entries.map((entry) => (
          <li key={`${entry.value}|${entry.by}|${entry.at}`}>
            <span className="concurrent-value">
              <strong>{labelOf(entry.value)}</strong> — {entry.by || 'someone'}, {when(entry.at)}
            </span>
            <button type="button" onClick={() => onKeep(entry.value)}>
              Keep “{labelOf(entry.value)}”
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
