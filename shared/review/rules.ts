import type { Role } from '../settings/identity';
import type { Claim, ReviewSettings } from '../project/schema';
import { notReadyReason, type EvidenceOwner } from './readiness';
import { signOffBlockers } from './sign-off-gate';

/**
 * Who may do what: the one rule book that the app applies before acting and
 * that a collaboration server applies to what it receives. Pure functions of
 * the actor, the action, the claim and the project; never of the UI.
 *
 * Checkers mark, tag, rate, link, comment and send to review. Editors may do
 * all of that, and also approve, request changes, hold a claim back from
 * publication and sign off. With the two-person rule on, nobody approves a
 * claim whose current verdict they set.
 */

export const ACTIONS = [
  'mark',
  'tag',
  'rate',
  'link',
  'comment',
  'send-to-review',
  'approve',
  'request-changes',
  'hold-from-publication',
  'sign-off',
] as const;
export type Action = (typeof ACTIONS)[number];

/** Who acts: the app's identity, or a collaboration server's user (where a reader may only read). */
export interface Actor {
  name: string;
  role: Role | 'reader';
}

/** What the rules need to know of the project. */
export interface ReviewContext {
  review: Pick<ReviewSettings, 'twoPersonRule'>;
  evidence: readonly EvidenceOwner[];
  claims: readonly Claim[];
}

export type Permission = { allowed: true } | { allowed: false; reason: string };

/** The decisions only an editor makes (a collaboration server records these on request). */
export const EDITOR_ACTIONS: ReadonlySet<Action> = new Set([
  'approve',
  'request-changes',
  'hold-from-publication',
  'sign-off',
]);

const EDITOR_ONLY: Record<string, string> = {
  approve: 'Only an editor can approve a claim',
  'request-changes': 'Only an editor can request changes',
  'hold-from-publication': 'Only an editor can hold a claim back from publication',
  'sign-off': 'Only an editor can sign off',
};

const ALLOWED: Permission = { allowed: true };
const refuse = (reason: string): Permission => ({ allowed: false, reason });

function claimRule(actor: Actor, action: Action, claim: Claim, project: ReviewContext): Permission {
  switch (action) {
    case 'send-to-review': {
      const reason = notReadyReason(claim, project.evidence);
      return reason ? refuse(`Claim ${claim.number} is not ready for review: ${reason}.`) : ALLOWED;
    }
    case 'approve':
      if (claim.status !== 'needs-review') return refuse(`Claim ${claim.number} is not awaiting review.`);
      if (claim.verdict === 'unrated') return refuse(`Claim ${claim.number} has no verdict to approve.`);
      if (project.review.twoPersonRule && claim.verdictBy !== '' && claim.verdictBy === actor.name) {
        return refuse(
          `Two-person rule: you set the verdict of claim ${claim.number}, so another editor must approve it.`,
        );
      }
      return ALLOWED;
    case 'request-changes':
      return claim.status === 'needs-review' || claim.status === 'approved'
        ? ALLOWED
        : refuse(`Claim ${claim.number} is not in review.`);
    default:
      return ALLOWED;
  }
}

/** The part of the rules that depends on the role alone: what a collaboration server checks before it looks at the document. */
export function roleMay(role: Actor['role'], action: Action): Permission {
  if (role === 'reader') return refuse('You can read this project but not change it.');
  if (EDITOR_ACTIONS.has(action) && role !== 'editor')
    return refuse(`${EDITOR_ONLY[action]}; you are working as a fact-checker.`);
  return ALLOWED;
}

/** Whether `actor` may do `action` (to `claim`, for the claim actions; sign-off takes null). */
export function can(actor: Actor, action: Action, claim: Claim | null, project: ReviewContext): Permission {
  const byRole = roleMay(actor.role, action);
  if (!byRole.allowed) return byRole;
  if (action === 'sign-off') {
    if (project.claims.length === 0) return refuse('There are no claims to sign off.');
    const blockers = signOffBlockers(project.claims);
    return blockers.length > 0
      ? refuse(`${blockers.length} ${blockers.length === 1 ? 'claim blocks' : 'claims block'} sign-off.`)
      : ALLOWED;
  }
  if (!claim) return refuse('Open a claim first.');
  return claimRule(actor, action, claim, project);
}
