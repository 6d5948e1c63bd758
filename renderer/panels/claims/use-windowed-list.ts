import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';

/**
 * A small windowing hook for the Claims list: only the rows in and near the
 * scroll container's view are rendered; padding above and below stands in for
 * the rest. Row heights vary (quotes wrap, the active row holds its card), so
 * rendered rows are measured and remembered by key; rows never seen count as
 * the average of those measured. Hand-written rather than a library because
 * the one feature needed beyond the basics — keeping a given row (the active
 * claim) scrolled into view before paint — is a few lines here.
 *
 * Rows are measured, and a revealed row scrolled to, at the next animation
 * frame: by then the browser is about to lay the page out for that frame
 * anyway, so the reads cost no extra layout. Reading offsetHeight in the
 * commit forced a second layout (of the panel and of whatever else was
 * dirty) on every filter keystroke and claim switch; a ResizeObserver made
 * Chromium run the frame's lifecycle twice whenever a row changed size.
 */

const OVERSCAN_PX = 600;
const FIRST_GUESS_PX = 84;
/** Rows rendered either side of a row being revealed far from the current view. */
const REVEAL_CONTEXT = 10;

export interface ListWindow {
  start: number;
  end: number;
  padTop: number;
  padBottom: number;
  /** Attach to the scroll container (a callback ref: the container may mount after the list has rows). */
  scrollRef: (element: HTMLElement | null) => void;
}

interface Options {
  keys: readonly string[];
  /** Gap between rows (the rows' bottom margin), added to each measured height. */
  gap: number;
  /** The data attribute (camel-cased dataset name) holding each rendered row's key. */
  keyAttribute: string;
  /** A key to keep in view (scrolled to, nearest edge, whenever it changes). */
  keepInView: string | null;
}

function firstAtOrAfter(offsets: number[], value: number): number {
  let low = 0;
  let high = offsets.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (offsets[mid + 1] <= value) low = mid + 1;
    else high = mid;
  }
  return low;
}

export function useWindowedList({ keys, gap, keyAttribute, keepInView }: Options): ListWindow {
  const [scroller, setScroller] = useState<HTMLElement | null>(null);
  const heights = useRef(new Map<string, number>());
  /** A row being brought into view: rendered (around its estimated place) until it has been scrolled to. */
  const [reveal, setReveal] = useState<string | null>(null);
  // Whenever the row to keep in view changes (and at mount), reveal it — decided while rendering, so the
  // row is in the same commit as the change rather than one after it. Not when only the list changes.
  const [revealed, setRevealed] = useState<string | null | undefined>(undefined);
  if (keepInView !== revealed) {
    setRevealed(keepInView);
    setReveal(keepInView !== null && keys.includes(keepInView) ? keepInView : null);
  }
  const rowSelector = `[data-${keyAttribute.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}]`;
  const [measured, setMeasured] = useState(0);
  const [view, setView] = useState({ top: 0, height: 800 });

  /** Height assumed for rows never rendered: the first rows' average, then frozen, so unseen rows never move. */
  const guess = useRef<number | null>(null);

  const offsets = useMemo(() => {
    if (guess.current === null && heights.current.size > 0)
      guess.current = [...heights.current.values()].reduce((a, b) => a + b, 0) / heights.current.size;
    const unseen = guess.current ?? FIRST_GUESS_PX + gap;
    const out = new Array<number>(keys.length + 1);
    out[0] = 0;
    keys.forEach((key, i) => (out[i + 1] = out[i] + (heights.current.get(key) ?? unseen)));
    return out;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `measured` changes whenever a height was learnt (heights is a ref)
  }, [keys, gap, measured]);

  const readView = useCallback(() => {
    const element = scroller;
    if (element)
      setView((old) =>
        old.top === element.scrollTop && old.height === element.clientHeight
          ? old
          : { top: element.scrollTop, height: element.clientHeight },
      );
  }, [scroller]);

  useLayoutEffect(() => {
    const element = scroller;
    if (!element) return;
    readView();
    element.addEventListener('scroll', readView, { passive: true });
    const resize = new ResizeObserver(readView);
    resize.observe(element);
    return () => {
      element.removeEventListener('scroll', readView);
      resize.disconnect();
    };
  }, [scroller, readView]);

  // Learn the heights of the rows rendered now, and finish revealing a row once it is rendered.
  const measureSoon = useNextFrame(() => {
    let changed = false;
    scroller?.querySelectorAll<HTMLElement>(rowSelector).forEach((row) => {
      const key = row.dataset[keyAttribute];
      const height = row.offsetHeight + gap;
      if (key && heights.current.get(key) !== height) {
        heights.current.set(key, height);
        changed = true;
      }
      if (key !== undefined && key === reveal) {
        row.scrollIntoView({ block: 'nearest' });
        setReveal(null);
        readView();
      }
    });
    if (changed) setMeasured((n) => n + 1);
  });
  useLayoutEffect(measureSoon);

  let start = Math.max(0, firstAtOrAfter(offsets, view.top - OVERSCAN_PX));
  let end = Math.min(keys.length, firstAtOrAfter(offsets, view.top + view.height + OVERSCAN_PX) + 1);
  const revealIndex = reveal === null ? -1 : keys.indexOf(reveal);
  if (revealIndex >= 0 && (revealIndex < start || revealIndex >= end)) {
    start = Math.max(0, revealIndex - REVEAL_CONTEXT);
    end = Math.min(keys.length, revealIndex + REVEAL_CONTEXT);
  }
  return { start, end, padTop: offsets[start], padBottom: offsets[keys.length] - offsets[end], scrollRef: setScroller };
}

/** Runs the latest `work` at the next animation frame, once however often it is asked for before then. */
function useNextFrame(work: () => void): () => void {
  const latest = useRef(work);
  latest.current = work;
  const frame = useRef<number | null>(null);
  useEffect(
    () => () => {
      if (frame.current !== null) cancelAnimationFrame(frame.current);
      frame.current = null;
    },
    [],
  );
  return useCallback(() => {
    frame.current ??= requestAnimationFrame(() => {
      frame.current = null;
      latest.current();
    });
  }, []);
}
