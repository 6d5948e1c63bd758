import { roleMay } from '../review/rules';

/**
 * The roles of a shared project and the questions the collaboration server
 * asks of them. The answers come from the app's one rule book
 * (shared/review/rules.ts), so the server refuses exactly what the app does.
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
  return roleMay(role, 'mark').allowed;
}

/** Only an editor approves, requests changes or signs off. */
export function canDecide(role: CollabRole, action: DecisionAction): boolean {
  return DECISION_ACTIONS.includes(action) && roleMay(role, action).allowed;
}

/** Activity entries describe edits, so whoever may edit may log them. */
export function canRecordActivity(role: CollabRole): boolean {
  return canEditDocument(role);
}
