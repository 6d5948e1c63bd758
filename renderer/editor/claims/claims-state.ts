import { $getRoot, $getState, $setState, createState } from 'lexical';
import { CLAIMS_STATE_KEY, type ClaimMap } from '../../../shared/claims/claims-in-body';

const EMPTY: ClaimMap = Object.freeze({});

/** Claim metadata as node state on the root: part of every editor state, so undo covers it. */
export const claimsState = createState(CLAIMS_STATE_KEY, {
  parse: (value) => (value && typeof value === 'object' ? (value as ClaimMap) : EMPTY),
});

export function $getClaims(): ClaimMap {
  return $getState($getRoot(), claimsState);
}

export function $setClaims(update: (claims: ClaimMap) => ClaimMap): void {
  $setState($getRoot(), claimsState, update);
}
