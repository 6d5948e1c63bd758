import { forwardRef } from 'react';

interface Props {
  query: string;
  matchCount: number;
  current: number;
  onQuery: (query: string) => void;
  onStep: (step: 1 | -1) => void;
}

/** The viewer's find box: Enter / Shift+Enter step through matches, Escape clears. */
export const SourceSearch = forwardRef<HTMLInputElement, Props>(function SourceSearch(
  { query, matchCount, current, onQuery, onStep },
  ref,
) {
  const status = !query ? '' : matchCount === 0 ? 'No matches' : `${current + 1} of ${matchCount}`;
  return (
    <div className="source-search" role="search">
      <input
        ref={ref}
        type="search"
        aria-label="Find in source"
        placeholder="Find in source"
        value={query}
        onChange={(event) => onQuery(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            onStep(event.shiftKey ? -1 : 1);
          } else if (event.key === 'Escape') {
            onQuery('');
          }
        }}
      />
      <span className="source-search-status" role="status">
        {status}
      </span>
      <button type="button" aria-label="Previous match" disabled={matchCount === 0} onClick={() => onStep(-1)}>
        ↑
      </button>
      <button type="button" aria-label="Next match" disabled={matchCount === 0} onClick={() => onStep(1)}>
        ↓
      </button>
    </div>
  );
});
