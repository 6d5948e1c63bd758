import type { ClaimSuggestion } from '../../shared/claim-finder/find-claims';
import { withDismissed } from '../../shared/claim-finder/suggestion-list';
import { firstFreeNumber } from '../../shared/claims/claim-numbers';
import type { ActivityEntry, Article, Claim, ProjectView, ReviewSettings, SignOff } from '../../shared/project/schema';
import { documentStore } from './document-store';

/**
 * The named changes to the open project's own fields (the article's metadata,
 * the activity log, review settings, sign-off). Each marks the project unsaved.
 * Sources, evidence and claims have theirs in source-actions.ts,
 * evidence-actions.ts and claim-changes.ts.
 */

/** Changes the open project, marking it unsaved. */
export function changeProject(change: (project: ProjectView) => ProjectView): void {
  documentStore.update((doc) => (doc ? { ...doc, dirty: true, project: change(doc.project) } : doc));
}

export function updateArticleMeta(change: Partial<Omit<Article, 'body'>>): void {
  changeProject((project) => ({ ...project, article: { ...project.article, ...change } }));
}

/** The activity log only grows. */
export function appendActivity(entries: readonly ActivityEntry[]): void {
  if (entries.length === 0) return;
  changeProject((project) => ({ ...project, activity: [...project.activity, ...entries] }));
}

/**
 * Numbers for `count` new claims. The counter lives here, outside the
 * editor's undo history: undoing a new claim does not give its number back.
 */
export function takeClaimNumbers(count: number, claims: Iterable<Pick<Claim, 'number'>>): number[] {
  const doc = documentStore.get();
  if (!doc) return [];
  const first = firstFreeNumber(doc.project.nextClaimNumber, claims);
  changeProject((project) => ({ ...project, nextClaimNumber: first + count }));
  return Array.from({ length: count }, (_, i) => first + i);
}

export function setReviewSettings(change: Partial<ReviewSettings>): void {
  changeProject((project) => ({ ...project, review: { ...project.review, ...change } }));
}

/** A claim-finder suggestion the checker turned down: Find claims leaves it out from now on. */
export function recordDismissedSuggestion(suggestion: ClaimSuggestion): void {
  changeProject((project) => ({
    ...project,
    dismissedSuggestions: withDismissed(project.dismissedSuggestions, suggestion),
  }));
}

export function setSignOff(signOff: SignOff | null): void {
  changeProject((project) => ({ ...project, signOff }));
}
