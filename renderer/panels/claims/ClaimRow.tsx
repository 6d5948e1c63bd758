import { memo } from 'react';
import type { Claim } from '../../../shared/project/schema';
import { ClaimCard } from './ClaimCard';
import { ClaimListItem } from './ClaimListItem';

interface ClaimRowProps {
  claim: Claim;
  number: number;
  quote: string;
  active: boolean;
  /** 1-based place in the (filtered) list and its length, for assistive technology: only some rows are rendered. */
  position: number;
  listSize: number;
  /** Only the active row needs these (its card is open); others get undefined so they stay memoised. */
  knownTags?: string[];
  onEscape?: () => void;
}

/**
 * One claim in the panel list. Memoised: with thousands of claims, switching
 * the active claim or editing one re-renders only the rows that changed.
 */
export const ClaimRow = memo(function ClaimRow({
  claim,
  number,
  quote,
  active,
  position,
  listSize,
  knownTags,
  onEscape,
}: ClaimRowProps) {
  return (
    <li
      data-claim-row={claim.id}
      className={active ? 'is-active' : undefined}
      aria-posinset={position}
      aria-setsize={listSize}
    >
      <ClaimListItem claim={claim} number={number} quote={quote} active={active} />
      {active && (
        <ClaimCard
          claim={claim}
          number={number}
          quote={quote}
          knownTags={knownTags ?? []}
          onEscape={onEscape ?? (() => {})}
        />
      )}
    </li>
  );
});
