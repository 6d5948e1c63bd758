/**
 * What each role may do on a shared project, as the collaboration server
 * enforces it. Pure, so the app can ask the same questions before it offers a
 * control. (The app's own review rules are being written on another branch;
 * the two are to be unified into one module.)
 */

export const COLLAB_ROLES = ['checker', 'editor', 'reader'] as const;
export type CollabRole = (typeof COLLAB_ROLES)[number];

/** The editor-only review decisions; clients ask the server to record them. */
export const DECISION_ACTIONS = ['approve', 'request-changes', 'sign-off'] as const;
export type DecisionAction = (typeof DECISION_ACTIONS)[number];

export function isCollabRole(value: string): value is CollabRole {
  return (COLLAB_ROLES as readonly string[]).includes(value);
}

/** Readers see the document; everyone else edits the article, claims and sources. */
export function canEditDocument(role: CollabRole): boolean {
  return role !== 'reader';
}

/** Only an editor approves, requests changes or signs off. */
export function canDecide(role: CollabRole, action: DecisionAction): boolean {
  return role === 'editor' && DECISION_ACTIONS.includes(action);
}

/** Activity entries describe edits, so whoever may edit may log them. */
export function canRecordActivity(role: CollabRole): boolean {
  return canEditDocument(role);
}
