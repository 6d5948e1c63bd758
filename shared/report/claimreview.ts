import { BEST_RATING, VERDICT_INFO, WORST_RATING } from '../claims/verdicts';
import { isoDay } from './dates';
import { jsonLdText, jsonLdUrl } from './json-ld';
import type { ReportClaim, ReportModel } from './model';

/**
 * schema.org ClaimReview JSON-LD, as Google's fact-check markup and Fact
 * Check Explorer read it: one ClaimReview per approved, publishable, rated
 * claim, published by the fact-checking organisation (never the article's
 * outlet), at the review address + #claim-N, dated the day it was signed off.
 * "Unverifiable" has no place on the numeric scale, so its rating carries
 * only its names.
 */

type JsonObject = Record<string, unknown>;

/** What a ClaimReview export cannot do without; [] when nothing is missing. */
export function claimReviewMissing(report: Pick<ReportModel, 'options'>): string[] {
  const { organisationName, organisationUrl, reviewUrl } = report.options;
  return [
    !organisationName.trim() && 'the fact-checking organisation’s name',
    // A javascript: or data: address is no address: JSON-LD leaves such URLs out, as the HTML and Markdown reports do.
    !jsonLdUrl(organisationUrl) && 'the organisation’s web address',
    !jsonLdUrl(reviewUrl) && 'the review URL (where the fact-check will be published)',
  ].filter((item): item is string => typeof item === 'string');
}

export class ClaimReviewIncomplete extends Error {
  constructor(readonly missing: string[]) {
    super(`ClaimReview needs ${missing.join(', ')}`);
  }
}

/** The claim as a short statement: no wrapping quote marks, no trailing comma or full stop. */
export function shortStatement(quote: string): string {
  let text = quote.trim();
  for (let previous = ''; previous !== text;) {
    previous = text;
    text = text
      .replace(/^["“”‘’'«»„‚]+/u, '')
      .replace(/["“”‘’'«»]+$/u, '')
      .replace(/[\s,;:.]+$/u, '')
      .trim();
  }
  return text;
}

function ratingOf(claim: ReportClaim, report: ReportModel): JsonObject {
  const info = VERDICT_INFO[claim.verdict];
  const name = report.options.verdictLabels[claim.verdict]?.trim() || info.ratingText;
  const numeric =
    info.ratingValue === null
      ? {}
      : { ratingValue: info.ratingValue, bestRating: BEST_RATING, worstRating: WORST_RATING };
  return { '@type': 'Rating', ...numeric, alternateName: name, name };
}

function articleAsWork(report: ReportModel): JsonObject {
  const work: JsonObject = { '@type': 'CreativeWork' };
  const url = jsonLdUrl(report.url);
  if (url) work.url = url;
  if (report.title) work.headline = report.title;
  if (report.outlet) work.publisher = { '@type': 'Organization', name: report.outlet };
  if (isoDay(report.publishedDate)) work.datePublished = isoDay(report.publishedDate);
  return work;
}

/** Who made the claim: the named speaker (a person unless marked an organisation), else the article's outlet, whose own statement it is. */
function claimAuthor(claim: ReportClaim, report: ReportModel): JsonObject | null {
  if (claim.speaker?.trim())
    return { '@type': claim.speakerKind === 'organization' ? 'Organization' : 'Person', name: claim.speaker.trim() };
  return report.outlet.trim() ? { '@type': 'Organization', name: report.outlet.trim() } : null;
}

function itemReviewed(claim: ReportClaim, report: ReportModel): JsonObject {
  const item: JsonObject = { '@type': 'Claim' };
  const author = claimAuthor(claim, report);
  if (author) item.author = author;
  if (isoDay(report.publishedDate)) item.datePublished = isoDay(report.publishedDate);
  // The article is where the desk met the claim: as far as the project knows, also its first appearance.
  item.appearance = articleAsWork(report);
  item.firstAppearance = articleAsWork(report);
  return item;
}

function claimReviewOf(claim: ReportClaim, report: ReportModel): JsonObject {
  const { organisationName, organisationUrl, reviewUrl } = report.options;
  const review: JsonObject = {
    '@type': 'ClaimReview',
    url: `${jsonLdUrl(reviewUrl)}#claim-${claim.number}`,
    claimReviewed: shortStatement(claim.quote),
    reviewRating: ratingOf(claim, report),
    itemReviewed: itemReviewed(claim, report),
    author: { '@type': 'Organization', name: organisationName.trim(), url: jsonLdUrl(organisationUrl) },
  };
  const published = isoDay(report.signOff?.at ?? '');
  if (published) review.datePublished = published;
  if (claim.publicExplanation.trim()) review.reviewBody = claim.publicExplanation.trim();
  return review;
}

/** Approved, publishable claims with a verdict: a publication report's claims that carry a rating. */
export function claimReviewClaims(report: ReportModel): ReportClaim[] {
  return report.claims.filter(
    (claim) => claim.status === 'approved' && claim.notForPublication === null && claim.verdict !== 'unrated',
  );
}

export function claimReviewsOf(report: ReportModel): JsonObject[] {
  const missing = claimReviewMissing(report);
  if (missing.length > 0) throw new ClaimReviewIncomplete(missing);
  return claimReviewClaims(report).map((claim) => claimReviewOf(claim, report));
}

export function claimReviewDocument(report: ReportModel): JsonObject {
  return { '@context': 'https://schema.org', '@graph': claimReviewsOf(report) };
}

export function renderClaimReview(report: ReportModel): string {
  return jsonLdText(claimReviewDocument(report));
}
