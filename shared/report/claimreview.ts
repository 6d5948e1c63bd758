import { BEST_RATING, VERDICT_INFO, WORST_RATING } from '../verdicts';
import { isoDay } from './dates';
import { jsonLdText, jsonLdUrl } from './json-ld';
import type { ReportClaim, ReportModel } from './model';

/**
 * schema.org ClaimReview JSON-LD: one ClaimReview per rated claim (every
 * verdict but "unrated"). "Unverifiable" has no place on the numeric scale,
 * so its rating carries only its name.
 */

type JsonObject = Record<string, unknown>;

/** The rating's name is the user's label for the verdict when there is one (Preferences). */
function ratingOf(claim: ReportClaim, report: ReportModel): JsonObject {
  const info = VERDICT_INFO[claim.verdict];
  const numeric = info.ratingValue === null ? {} : { ratingValue: info.ratingValue, bestRating: BEST_RATING, worstRating: WORST_RATING };
  return { '@type': 'Rating', ...numeric, alternateName: report.options.verdictLabels[claim.verdict]?.trim() || info.ratingText };
}

function itemReviewed(claim: ReportClaim, report: ReportModel): JsonObject {
  const appearance: JsonObject = { '@type': 'CreativeWork' };
  const url = jsonLdUrl(report.url);
  if (url) appearance.url = url;
  if (report.title) appearance.headline = report.title;
  if (report.outlet) appearance.publisher = { '@type': 'Organization', name: report.outlet };
  if (isoDay(report.publishedDate)) appearance.datePublished = isoDay(report.publishedDate);
  const item: JsonObject = { '@type': 'Claim' };
  if (claim.speaker) item.author = { '@type': 'Person', name: claim.speaker };
  item.appearance = appearance;
  return item;
}

function organisationOf(report: ReportModel): JsonObject {
  const name = report.options.organisationName.trim() || report.outlet.trim() || 'Factdesk';
  const url = jsonLdUrl(report.options.organisationUrl);
  return { '@type': 'Organization', name, ...(url ? { url } : {}) };
}

function claimReviewOf(claim: ReportClaim, report: ReportModel): JsonObject {
  const review: JsonObject = { '@type': 'ClaimReview' };
  const reviewUrl = jsonLdUrl(report.options.reviewUrl);
  if (reviewUrl) review.url = `${reviewUrl}#claim-${claim.number}`;
  review.claimReviewed = claim.quote;
  review.reviewRating = ratingOf(claim, report);
  review.itemReviewed = itemReviewed(claim, report);
  review.author = organisationOf(report);
  const published = isoDay(report.signOff?.at ?? '') || isoDay(claim.createdAt);
  if (published) review.datePublished = published;
  if (claim.note.trim()) review.reviewBody = claim.note;
  return review;
}

export function claimReviewsOf(report: ReportModel): JsonObject[] {
  return report.claims.filter((claim) => claim.verdict !== 'unrated').map((claim) => claimReviewOf(claim, report));
}

export function renderClaimReview(report: ReportModel): string {
  return jsonLdText({ '@context': 'https://schema.org', '@graph': claimReviewsOf(report) });
}
