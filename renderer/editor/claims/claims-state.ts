import { $getRoot, $getState, $onUpdate, $setState, createState } from 'lexical';
import { CLAIMS_STATE_KEY, type ClaimMap } from '../../../shared/claims/claims-in-body';
import { ORIGIN } from '../../../shared/project-doc/layout';
import { boundClaims } from '../../project/document-claims';
import { asOneStep } from '../../project/undo-history';

const EMPTY: ClaimMap = Object.freeze({});

/** Claim metadata as node state on the root: part of every editor state, so undo covers it (unbound editor only). */
export const claimsState = createState(CLAIMS_STATE_KEY, {
  parse: (value) => (value && typeof value === 'object' ? (value as ClaimMap) : EMPTY),
});

/** The claims: the root's node state, or — bound to the project's document — its `claims` map (document-claims.ts). */
export function $getClaims(): ClaimMap {
  const bound = boundClaims();
  return bound ? bound.current() : $getState($getRoot(), claimsState);
}

/**
 * Changes the claims in the update in progress. Bound, they are staged: the
 * article binding writes them in the same transaction as the article's
 * change (or, if the update wrote nothing there, right after it).
 */
export function $setClaims(update: (claims: ClaimMap) => ClaimMap): void {
  const bound = boundClaims();
  if (!bound) {
    $setState($getRoot(), claimsState, update);
    return;
  }
  bound.stage(update(bound.current()));
  $onUpdate(() => {
    if (bound.hasStaged) asOneStep(() => bound.doc.transact(() => bound.flush(), ORIGIN.local));
  });
}
