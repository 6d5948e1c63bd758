import { describe, expect, it } from 'vitest';
import { claimReviewsOf, ClaimReviewIncomplete, shortStatement } from '../../../../shared/report/claimreview';
import { REPORT_CSP } from '../../../../shared/report/html';
import { buildReport } from '../../../../shared/report/model';
import { DEFAULT_REPORT_OPTIONS, ReportOptions } from '../../../../shared/report/options';
import { renderReport } from '../../../../shared/report/render';
import { GOLDEN_ORGANISATION, loadProject, NEWSROOM_PROJECT } from './fixture';

/**
 * Google's fact-check (ClaimReview) structured data, as its documentation
 * lists the properties, and the schema.org types each one expects. Written
 * out here from that documentation, so the test fails if an export drops a
 * field Google needs or gives it the wrong type.
 */
type Json = Record<string, unknown>;
type Kind = 'Text' | 'URL' | 'Date' | 'Number' | `@${string}`;
interface Field {
  path: string;
  required: boolean;
  /** The value's type: a JSON-LD @type (one of several for "Organization or Person"), or a data type. */
  types: Kind[];
}

const GOOGLE_CLAIMREVIEW: Field[] = [
  // Required
  { path: 'claimReviewed', required: true, types: ['Text'] },
  { path: 'reviewRating', required: true, types: ['@Rating'] },
  { path: 'reviewRating.alternateName', required: true, types: ['Text'] },
  { path: 'url', required: true, types: ['URL'] },
  // Recommended
  { path: 'author', required: false, types: ['@Organization', '@Person'] },
  { path: 'author.name', required: false, types: ['Text'] },
  { path: 'author.url', required: false, types: ['URL'] },
  { path: 'datePublished', required: false, types: ['Date'] },
  { path: 'itemReviewed', required: false, types: ['@Claim'] },
  { path: 'itemReviewed.appearance', required: false, types: ['URL', '@CreativeWork'] },
  { path: 'itemReviewed.author', required: false, types: ['@Organization', '@Person'] },
  { path: 'itemReviewed.author.name', required: false, types: ['Text'] },
  { path: 'itemReviewed.datePublished', required: false, types: ['Date'] },
  { path: 'itemReviewed.firstAppearance', required: false, types: ['URL', '@CreativeWork'] },
  { path: 'reviewRating.bestRating', required: false, types: ['Number'] },
  { path: 'reviewRating.name', required: false, types: ['Text'] },
  { path: 'reviewRating.ratingValue', required: false, types: ['Number'] },
  { path: 'reviewRating.worstRating', required: false, types: ['Number'] },
];

/** Verdicts off the numeric scale ("Unverifiable") carry a rating by name only: these recommended fields are left out for them. */
const NUMERIC_ONLY = new Set(['reviewRating.bestRating', 'reviewRating.ratingValue', 'reviewRating.worstRating']);

function valueAt(object: Json, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Json)[key] : undefined), object);
}

function hasType(value: unknown, kind: Kind): boolean {
  if (kind.startsWith('@'))
    return typeof value === 'object' && value !== null && (value as Json)['@type'] === kind.slice(1);
  if (kind === 'Text') return typeof value === 'string' && value.trim() !== '';
  if (kind === 'URL') return typeof value === 'string' && /^https?:\/\/\S+$/.test(value);
  if (kind === 'Date') return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
  return typeof value === 'number' && Number.isFinite(value);
}

/** Every field Google lists that is wrong or missing in one ClaimReview. */
function conformanceProblems(review: Json, offScale: boolean): string[] {
  const problems: string[] = [];
  if (review['@type'] !== 'ClaimReview') problems.push('@type is not ClaimReview');
  for (const field of GOOGLE_CLAIMREVIEW) {
    const value = valueAt(review, field.path);
    if (value === undefined) {
      if (!(offScale && NUMERIC_ONLY.has(field.path)))
        problems.push(`${field.required ? 'required' : 'recommended'} ${field.path} is missing`);
    } else if (!field.types.some((kind) => hasType(value, kind)))
      problems.push(`${field.path} is not ${field.types.join(' or ')}: ${JSON.stringify(value)}`);
  }
  const rating = review.reviewRating as Json;
  if (
    typeof rating.ratingValue === 'number' &&
    !(rating.ratingValue >= (rating.worstRating as number) && rating.ratingValue <= (rating.bestRating as number))
  )
    problems.push('ratingValue is outside worstRating..bestRating');
  return problems;
}

const project = loadProject(NEWSROOM_PROJECT);
const options = ReportOptions.parse(GOLDEN_ORGANISATION);

describe('ClaimReview against Google’s required and recommended fields', () => {
  const document = JSON.parse(renderReport(project, 'claimreview', options)) as {
    '@context': string;
    '@graph': Json[];
  };
  const reviews = document['@graph'];

  it('is one schema.org JSON-LD document with a ClaimReview per approved, publishable, rated claim', () => {
    expect(document['@context']).toBe('https://schema.org');
    expect(reviews.map((review) => review.url)).toEqual(
      [1, 3, 5, 8, 10].map((n) => `${GOLDEN_ORGANISATION.reviewUrl}#claim-${n}`),
    );
  });

  it('every review has every required and recommended field, each of the documented type', () => {
    for (const review of reviews) {
      const offScale = (review.reviewRating as Json).ratingValue === undefined;
      expect(conformanceProblems(review, offScale), String(review.url)).toEqual([]);
    }
  });

  it('the conformance check itself catches what the issue found: no url, the outlet as a Person, a missing rating name', () => {
    const broken = {
      ...reviews[0],
      url: undefined,
      author: { '@type': 'Person' },
      reviewRating: { '@type': 'Rating', ratingValue: 1 },
    };
    expect(conformanceProblems(JSON.parse(JSON.stringify(broken)) as Json, false)).toEqual(
      expect.arrayContaining([
        'required url is missing',
        'required reviewRating.alternateName is missing',
        'recommended author.name is missing',
        'recommended reviewRating.name is missing',
      ]),
    );
  });

  it('the fact-checker is the organisation given, never the article’s outlet; the claim’s author is the speaker, typed as set', () => {
    for (const review of reviews)
      expect(review.author).toEqual({
        '@type': 'Organization',
        name: GOLDEN_ORGANISATION.organisationName,
        url: GOLDEN_ORGANISATION.organisationUrl,
      });
    const pier = reviews.find((review) => review.url === `${GOLDEN_ORGANISATION.reviewUrl}#claim-5`)!;
    expect((pier.itemReviewed as Json).author).toEqual({ '@type': 'Person', name: 'ليلى حداد' });
    const withOrganisation = {
      ...project,
      claims: project.claims.map((c) =>
        c.id === 'clm_pier'
          ? {
              ...c,
              tags: { ...c.tags, attributed: { speaker: 'Northgate Port Authority', kind: 'organization' as const } },
            }
          : c,
      ),
    };
    const again = claimReviewsOf(buildReport(withOrganisation, options)).find((review) => review.url === pier.url)!;
    expect((again.itemReviewed as Json).author).toEqual({ '@type': 'Organization', name: 'Northgate Port Authority' });
    // An unattributed claim is the article's own statement: its outlet is the claim's author (not the review's).
    const outer = reviews[0].itemReviewed as Json;
    expect(outer.author).toEqual({ '@type': 'Organization', name: 'The Northgate Courier' });
    expect(outer.datePublished).toBe('2026-11-17');
    expect(outer.firstAppearance).toEqual(outer.appearance);
  });

  it('the review is dated the sign-off day, its body is the public explanation (never the internal note), and the claim is a short statement', () => {
    for (const review of reviews) expect(review.datePublished).toBe('2026-11-21');
    expect(reviews[0].reviewBody).toBe(
      'The harbour board’s annual report plans the opening for September 2027, not June.',
    );
    expect(JSON.stringify(reviews)).not.toContain('The board’s own timetable contradicts the claim');
    expect(reviews[2].claimReviewed).toBe(
      'Every pier was inspected in 2025, and none was found unsafe,” said engineer ليلى حداد',
    );
    expect(shortStatement('  “Fares will double,”  ')).toBe('Fares will double');
    expect(shortStatement('"‘Nested’."')).toBe('Nested');
    expect(shortStatement('Is it true?')).toBe('Is it true?');
  });

  it('names every rating on the scale, numbers it within 1..5, and leaves “Unverifiable” off the numbers', () => {
    const rating = reviews[0].reviewRating as Json;
    expect(rating).toEqual({
      '@type': 'Rating',
      ratingValue: 1,
      bestRating: 5,
      worstRating: 1,
      alternateName: 'False',
      name: 'False',
    });
  });

  it('refuses to run without the organisation or the review URL: nothing falls back to the outlet or to “Factdesk”', () => {
    expect(() => renderReport(project, 'claimreview', DEFAULT_REPORT_OPTIONS)).toThrow(ClaimReviewIncomplete);
    expect(() => renderReport(project, 'claimreview', { ...options, organisationUrl: '' })).toThrow(
      'ClaimReview needs the organisation’s web address',
    );
    // The project's own settings count as given.
    const configured = { ...project, review: { ...project.review, ...GOLDEN_ORGANISATION } };
    expect(JSON.parse(renderReport(configured, 'claimreview', DEFAULT_REPORT_OPTIONS))['@graph']).toHaveLength(5);
  });
});

describe('the HTML report embeds the same ClaimReview', () => {
  it('as a JSON-LD data block in a publication report, byte for byte the export, with the CSP still default-src none', () => {
    const html = renderReport(project, 'html', options);
    const blocks = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(blocks).toHaveLength(1);
    expect(blocks[0][1]).toBe(' type="application/ld+json"');
    expect(blocks[0][2]).toBe(`\n${renderReport(project, 'claimreview', options)}`);
    expect(REPORT_CSP.startsWith("default-src 'none'")).toBe(true);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">`);
  });

  it('not in an internal report, nor without the organisation', () => {
    expect(renderReport(project, 'html', { ...options, variant: 'internal' })).not.toContain('<script');
    expect(renderReport(project, 'html', DEFAULT_REPORT_OPTIONS)).not.toContain('<script');
  });
});
