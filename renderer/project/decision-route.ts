import type { DecisionRequest } from '../../shared/collab/messages';

/**
 * Where a review decision goes when the open project is shared: to its
 * collaboration server, which checks the role its token carries and records
 * the decision (docs/collaboration.md). renderer/collab provides the route
 * (this folder never imports that one); without it, or while the project is
 * not shared, decisions are made here.
 */
export interface DecisionRoute {
  /** The open project is shared: its decisions go to the server. */
  active(): boolean;
  /**
   * Sends the decision and tells the person the outcome; `onRecorded` runs once the server has recorded it
   * (with the name and time it recorded under) and may return the notice to show instead of `recordedNotice`.
   */
  send(
    request: Omit<DecisionRequest, 'type' | 'requestId'>,
    recordedNotice: string,
    onRecorded?: (recorded: { by: string; at: string } | undefined) => string | void,
  ): void;
  /** The shared document holds this claim's record, where the server writes the decision itself. */
  holdsClaim(claimId: string): boolean;
}

let route: DecisionRoute | null = null;

export function provideDecisionRoute(next: DecisionRoute): () => void {
  route = next;
  return () => {
    if (route === next) route = null;
  };
}

/** The route while the open project is shared; null: decide here. */
export function sharedDecisionRoute(): DecisionRoute | null {
  return route?.active() ? route : null;
}
