import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useOpenDocument } from '../../project/document-store';
import { closeSourceViewer, sourceViewerStore } from '../../state/source-viewer-store';
import { useSourceText } from '../../project/source-text-cache';
import { useStore } from '../../state/store';
import { matchesShortcut } from '../../commands/shortcut';
import { selectedExcerpt } from './selection-offsets';
import { SourceSearch } from './SourceSearch';
import { findAll, segmentText, type MarkedRange } from './text-segments';
import { startupStore } from '../../state/startup-store';

export interface SourceExcerpt {
  sourceId: string;
  start: number;
  end: number;
}

interface Props {
  /** Excerpts to highlight (e.g. linked evidence), offsets into source.text. */
  highlights?: readonly MarkedRange[];
  /** Called with the selected excerpt (offsets into source.text), or null when nothing is selected. */
  onExcerptSelected?: (excerpt: SourceExcerpt | null) => void;
  /** Shown under the text (e.g. the evidence link bar). */
  footer?: ReactNode;
}

/** A read-only view of one source's frozen text, searchable with Ctrl/Cmd+F. */
export function SourceViewer({ highlights = [], onExcerptSelected, footer }: Props) {
  const { sourceId, reveal } = useStore(sourceViewerStore, (state) => state);
  const isMac = useStore(startupStore, (startup) => startup.platform === 'mac');
  const source = useOpenDocument((doc) => doc?.project.sources.find((candidate) => candidate.id === sourceId) ?? null);
  const [query, setQuery] = useState('');
  const [current, setCurrent] = useState(0);
  const searchBox = useRef<HTMLInputElement>(null);
  const textBox = useRef<HTMLDivElement>(null);
  const loaded = useSourceText(source ? sourceId : null);
  const text = loaded ?? '';

  const matches = useMemo(() => findAll(text, query), [text, query]);
  const segments = useMemo(() => {
    const ranges: MarkedRange[] = [
      ...highlights,
      ...matches.map((match, index) => ({
        ...match,
        className: index === current ? 'find-match current' : 'find-match',
      })),
    ];
    if (reveal && reveal.end <= text.length) ranges.push({ ...reveal, className: 'revealed' });
    return segmentText(text.length, ranges);
  }, [text, highlights, matches, current, reveal]);

  useEffect(() => {
    setQuery('');
    textBox.current?.focus();
  }, [sourceId]);
  useEffect(() => {
    textBox.current?.querySelector('.current, .revealed')?.scrollIntoView({ block: 'center' });
  }, [current, matches, reveal]);

  if (!source) return null;
  const step = (by: 1 | -1) =>
    setCurrent((index) => (matches.length ? (index + by + matches.length) % matches.length : 0));
  const byline = [source.outlet, source.author].filter(Boolean).join(' · ');

  return (
    <section
      className="source-viewer"
      role="region"
      aria-label={`Source: ${source.title}`}
      onKeyDown={(event) => {
        if (matchesShortcut(event.nativeEvent, 'Mod+F', isMac)) {
          event.preventDefault();
          searchBox.current?.focus();
          searchBox.current?.select();
        }
      }}
    >
      <header className="panel-header source-viewer-header">
        <div className="source-viewer-title">
          <h2>{source.title}</h2>
          {byline && <span className="source-byline">{byline}</span>}
        </div>
        <button type="button" className="icon-button" aria-label="Close source" onClick={closeSourceViewer}>
          ×
        </button>
      </header>
      <SourceSearch
        ref={searchBox}
        query={query}
        matchCount={matches.length}
        current={current}
        onQuery={(next) => {
          setQuery(next);
          setCurrent(0);
        }}
        onStep={step}
      />
      <div
        ref={textBox}
        className="source-text"
        tabIndex={0}
        role="document"
        aria-label="Source text"
        onMouseUp={() => onExcerptSelected?.(excerptIn(textBox.current, source.id, text.length))}
        onKeyUp={() => onExcerptSelected?.(excerptIn(textBox.current, source.id, text.length))}
      >
        {loaded === null ? (
          <p className="hint">Loading the source text…</p>
        ) : (
          segments.map((segment) => {
            // The label is drawn before the run (CSS ::before), outside the text: selection offsets stay the source's own.
            const label = segment.labels.join(' + ') || undefined;
            return (
              <span
                key={segment.start}
                data-start={segment.start}
                data-label={label}
                title={label}
                className={[...segment.classNames, label ? 'excerpt-start' : ''].join(' ').trim() || undefined}
              >
                {text.slice(segment.start, segment.end)}
              </span>
            );
          })
        )}
      </div>
      {footer}
    </section>
  );
}

function excerptIn(container: HTMLElement | null, sourceId: string, length: number): SourceExcerpt | null {
  const range = container ? selectedExcerpt(container, length) : null;
  return range ? { sourceId, ...range } : null;
}
