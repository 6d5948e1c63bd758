import { activeClaimStore, setActiveClaim } from '../state/active-claim-store';
import { openSourceViewer, sourceViewerStore } from '../state/source-viewer-store';

/**
 * Where the checker is in the article: the first block in view, how far its
 * top sits above the top of the view, the open claim and the source open
 * beside it. Kept across a reload or a merge, which reopen the project:
 * without it they would put the article back at its top with nothing open.
 */
interface ReaderPlace {
  /** The project file: a place is never carried into another project. */
  path: string | null;
  block: number;
  offset: number;
  activeClaim: string | null;
  source: string | null;
}

/** What the reopened project still has. */
export interface StillThere {
  claim(id: string): boolean;
  source(id: string): boolean;
}

let kept: ReaderPlace | null = null;

const articleRoot = () => document.querySelector<HTMLElement>('[aria-label="Article text"]');
const articleScroller = () => document.querySelector<HTMLElement>('.editor-scroll');

/** The first of `blocks` (in reading order) whose bottom is below `top`. */
function firstBlockBelow(blocks: HTMLCollection, top: number): number {
  let low = 0;
  let high = blocks.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (blocks[mid].getBoundingClientRect().bottom <= top) low = mid + 1;
    else high = mid;
  }
  return low;
}

export function keepReaderPlace(path: string | null): void {
  const root = articleRoot();
  const scroller = articleScroller();
  kept = null;
  if (!root || !scroller || root.children.length === 0) return;
  const top = scroller.getBoundingClientRect().top;
  const block = firstBlockBelow(root.children, top);
  kept = {
    path,
    block,
    offset: top - root.children[block].getBoundingClientRect().top,
    activeClaim: activeClaimStore.get().id,
    source: sourceViewerStore.get().sourceId,
  };
}

/** Scrolls the kept block back to its place; returns how far it had to move. */
function scrollTo(place: ReaderPlace): number {
  const root = articleRoot();
  const scroller = articleScroller();
  const block = root?.children[Math.min(place.block, root.children.length - 1)];
  if (!scroller || !block) return 0;
  const off = block.getBoundingClientRect().top - scroller.getBoundingClientRect().top + place.offset;
  scroller.scrollTop += off;
  return off;
}

/**
 * Blocks near the view take their real heights a frame or two after it moves
 * (content-visibility decides after each frame), so the block is followed
 * until it has stayed put for a few frames.
 */
const STILL_FRAMES = 3;
const MAX_FRAMES = 30;

function settle(place: ReaderPlace, userMoved: () => boolean, still = 0, frames = 0): void {
  if (userMoved()) return;
  const moved = Math.abs(scrollTo(place)) >= 1;
  const stillNow = moved ? 0 : still + 1;
  if (stillNow < STILL_FRAMES && frames < MAX_FRAMES)
    requestAnimationFrame(() => settle(place, userMoved, stillNow, frames + 1));
}

/** Becomes true at the checker's first wheel, key or click: from then on the view is theirs. */
function userInputSeen(): () => boolean {
  let seen = false;
  const events = ['wheel', 'keydown', 'pointerdown', 'touchstart'] as const;
  const note = () => {
    seen = true;
    for (const event of events) window.removeEventListener(event, note, true);
  };
  for (const event of events) window.addEventListener(event, note, { capture: true, passive: true });
  setTimeout(note, 2_000);
  return () => seen;
}

/** Called once the reopened article is in the editor. */
export function restoreReaderPlace(path: string | null, still: StillThere): void {
  const place = kept;
  kept = null;
  if (!place || place.path !== path) return;
  if (place.activeClaim && still.claim(place.activeClaim)) setActiveClaim(place.activeClaim);
  if (place.source && still.source(place.source)) openSourceViewer(place.source);
  scrollTo(place);
  const userMoved = userInputSeen();
  requestAnimationFrame(() => settle(place, userMoved));
}
