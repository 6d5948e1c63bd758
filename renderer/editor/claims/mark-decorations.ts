import type { ClaimMap } from '../../../shared/claims/claims-in-body';
import { verdictLabel, type VerdictLabels } from '../../../shared/claims/verdict-labels';
import type { MarkIndex } from './mark-index';

/**
 * Data attributes on each highlight's element: the verdict colour of its
 * innermost claim, whether it is active, and a tooltip with number and verdict.
 * Lexical leaves data attributes alone, so these survive re-renders.
 * `onlyClaims` limits the work to those claims' highlights (switching the
 * active claim touches two claims, not thousands).
 */
export function innermostClaim(ids: readonly string[], quotes: ReadonlyMap<string, string>): string {
  let best = ids[0];
  for (const id of ids) if ((quotes.get(id)?.length ?? Infinity) < (quotes.get(best)?.length ?? Infinity)) best = id;
  return best;
}

/**
 * What each highlight element was last given. Writing an attribute, even with
 * its current value, makes the browser restyle, and reading thousands of
 * attributes back is slow too: compare with this instead. An element Lexical
 * re-creates is not in the map, so it is decorated afresh. Looks (styled) and
 * tooltips (not styled: renumbering after a new claim changes only these) are
 * compared apart.
 */
const lastLook = new WeakMap<HTMLElement, string>();
const lastTitle = new WeakMap<HTMLElement, string>();

/** What every highlight's look is computed from. */
interface DecorationContext {
  quotes: ReadonlyMap<string, string>;
  claims: ClaimMap;
  labels: VerdictLabels;
  activeId: string | null;
  numbers: ReadonlyMap<string, number>;
}

export function decorateMarks(
  index: MarkIndex,
  claims: ClaimMap,
  labels: VerdictLabels,
  activeId: string | null,
  elementOf: (key: string) => HTMLElement | null,
  onlyClaims?: Iterable<string>,
): void {
  const context: DecorationContext = {
    quotes: index.quotes,
    claims,
    labels,
    activeId,
    numbers: new Map(index.order.map((id) => [id, claims[id]?.number ?? 0])),
  };
  const seen = new Set<string>();
  const keyLists = onlyClaims ? [...onlyClaims].map((id) => index.keysById.get(id) ?? []) : index.keysById.values();
  for (const keys of keyLists) {
    for (const key of keys) {
      if (seen.has(key)) continue;
      seen.add(key);
      const element = elementOf(key);
      if (element) decorateMark(element, index.idsByKey.get(key) ?? [], context);
    }
  }
}

/** The claim with the longest quote: the one the others sit inside. */
function outermostClaim(ids: readonly string[], quotes: ReadonlyMap<string, string>): string {
  let best = ids[0];
  for (const id of ids) if ((quotes.get(id)?.length ?? 0) > (quotes.get(best)?.length ?? 0)) best = id;
  return best;
}

function decorateMark(
  element: HTMLElement,
  ids: readonly string[],
  { quotes, claims, labels, activeId, numbers }: DecorationContext,
): void {
  const inner = innermostClaim(ids, quotes);
  const look = {
    verdict: claims[inner]?.verdict ?? 'unrated',
    // Where claims overlap, the outer claim's colour shows as a band under the inner one's.
    outerVerdict: ids.length > 1 ? (claims[outermostClaim(ids, quotes)]?.verdict ?? 'unrated') : '',
    claimId: inner,
    overlap: ids.length > 1 ? 'true' : 'false',
    active: activeId !== null && ids.includes(activeId) ? 'true' : 'false',
  };
  const signature = `${look.verdict}|${look.outerVerdict}|${look.claimId}|${look.overlap}|${look.active}`;
  if (lastLook.get(element) !== signature) {
    lastLook.set(element, signature);
    Object.assign(element.dataset, look);
  }
  const title = ids
    .map((id) => `Claim ${numbers.get(id) ?? '?'} — ${verdictLabel(claims[id]?.verdict ?? 'unrated', labels)}`)
    .join('\n');
  if (lastTitle.get(element) !== title) {
    lastTitle.set(element, title);
    element.title = title;
  }
}
