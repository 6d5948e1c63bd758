import { claimCountsText } from '../review/claim-counts';
import { signOffScope } from '../review/sign-off-gate';
import { readableDate } from './dates';
import type { ReportModel } from './model';

/**
 * The words every report uses for what it covers and what was signed off, so
 * HTML, PDF and Markdown say the same true thing.
 */

const listOf = (numbers: readonly number[]) => numbers.join(', ');

/** "Signed off by X on D: 4 claims approved, 7 not for publication." — and, for a sign-off made before the gate, which claims it did not review. */
export function signOffLine(report: ReportModel): string {
  const { signOff } = report;
  if (!signOff) return 'Not signed off.';
  const line = `Signed off by ${signOff.by} on ${readableDate(signOff.at)}: ${signOffScope(signOff)}.`;
  return signOff.notReviewed.length > 0
    ? `${line} Claims ${listOf(signOff.notReviewed)} had not been reviewed when it was signed off.`
    : line;
}

/** "11 claims: 4 approved, 7 not reviewed (2 unrated)." */
export function projectCountsLine(report: ReportModel): string {
  return `${claimCountsText(report.projectCounts)}.`;
}

/** What this report shows of them. */
export function reportScopeLine(report: ReportModel): string {
  const shown = report.claims.length;
  const claims = `${shown} ${shown === 1 ? 'claim' : 'claims'}`;
  if (report.options.variant === 'publication')
    return `This report shows the ${claims} approved for publication, with their numbers in the project.`;
  return shown === report.projectCounts.total
    ? `This internal report shows all ${claims}, with the desk’s notes.`
    : `This internal report shows ${claims} of ${report.projectCounts.total}, with the desk’s notes.`;
}
