import { describe, expect, it } from 'vitest';
import { annotationsOf } from '../../../shared/report/web-annotations';
import { claimReviewsOf } from '../../../shared/report/claimreview';
import { CSV_HEADER, csvField } from '../../../shared/report/csv';
import { buildReport } from '../../../shared/report/model';
import { DEFAULT_REPORT_OPTIONS, ReportOptions } from '../../../shared/report/options';
import { renderReport } from '../../../shared/report/render';
import { loadProject, NEWSROOM_PROJECT } from './fixture';

const project = loadProject(NEWSROOM_PROJECT);

describe('CSV', () => {
  it('quotes fields by RFC 4180 and keeps formulas as text', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\r\nlf')).toBe('"cr\r\nlf"');
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('@cmd')).toBe("'@cmd");
    expect(csvField(-3)).toBe('-3');
    expect(csvField('李明华 🚢 ليلى')).toBe('李明华 🚢 ليلى');
  });

  it('starts with a BOM, ends rows with CRLF, one row per claim', () => {
    const csv = renderReport(project, 'csv', DEFAULT_REPORT_OPTIONS);
    expect(csv.startsWith('\uFEFFNumber,Claim,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = csv.slice(1).split(/\r\n(?=\d+,|$)/).filter(Boolean);
    expect(rows).toHaveLength(1 + 9);
    expect(rows[0]).toBe(CSV_HEADER.join(','));
    expect(rows[4]).toBe('4,李明华 said passenger numbers rose by 18% last year,attributed,李明华,Mostly accurate,Awaiting review,"Rose 18.3%, rounded to 18% — fair, but ""last year"" is 2025, not 2026.",1,S1 Northgate Harbour Board annual report 2025');
  });
});

describe('ClaimReview JSON-LD', () => {
  const report = buildReport(project, ReportOptions.parse({ organisationName: 'Courier Fact Desk', organisationUrl: 'https://example.org/fc' }));
  const reviews = claimReviewsOf(report);

  it('has one ClaimReview per rated claim with the required fields, typed', () => {
    expect(reviews).toHaveLength(report.claims.filter((claim) => claim.verdict !== 'unrated').length);
    expect(reviews).toHaveLength(8);
    for (const review of reviews) {
      expect(review['@type']).toBe('ClaimReview');
      expect(typeof review.claimReviewed).toBe('string');
      expect(review.author).toEqual({ '@type': 'Organization', name: 'Courier Fact Desk', url: 'https://example.org/fc' });
      expect(review.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const rating = review.reviewRating as Record<string, unknown>;
      expect(rating['@type']).toBe('Rating');
      expect(typeof rating.alternateName).toBe('string');
      expect((review.itemReviewed as Record<string, unknown>)['@type']).toBe('Claim');
      expect(review.url).toBeUndefined();
    }
  });

  it('rates on the 1–5 scale, names the speaker of an attributed claim, and points at the article', () => {
    const li = reviews.find((review) => String(review.claimReviewed).startsWith('李明华'))!;
    expect(li.reviewRating).toEqual({ '@type': 'Rating', ratingValue: 4, bestRating: 5, worstRating: 1, alternateName: 'Mostly accurate' });
    expect((li.itemReviewed as Record<string, unknown>).author).toEqual({ '@type': 'Person', name: '李明华' });
    expect((li.itemReviewed as { appearance: { url: string } }).appearance.url).toBe('https://example.org/courier/ferry-terminal');
    const unverifiable = reviews.find((review) => (review.reviewRating as { alternateName: string }).alternateName === 'Unverifiable')!;
    expect(unverifiable.reviewRating).toEqual({ '@type': 'Rating', alternateName: 'Unverifiable' });
  });

  it('defaults the author to the article’s outlet and is one JSON-LD document', () => {
    const text = renderReport(project, 'claimreview', DEFAULT_REPORT_OPTIONS);
    const doc = JSON.parse(text);
    expect(doc['@context']).toBe('https://schema.org');
    expect(doc['@graph'][0].author.name).toBe('The Northgate Courier');
  });
});

describe('Web Annotations', () => {
  const report = buildReport(project, DEFAULT_REPORT_OPTIONS);
  const annotations = annotationsOf(report);

  it('makes an annotation per claim and per evidence excerpt, with both selectors', () => {
    expect(annotations).toHaveLength(9 + 5);
    for (const annotation of annotations) {
      expect(annotation.type).toBe('Annotation');
      expect(String(annotation.id)).toMatch(/^urn:factdesk:prj_northgate_ferry:(claim|evidence):/);
      const target = annotation.target as { source: string; selector: { type: string }[] };
      expect(typeof target.source).toBe('string');
      expect(target.selector[0].type).toBe('TextQuoteSelector');
    }
    const orphan = annotations.find((annotation) => String(annotation.id).endsWith(':clm_gone'))!;
    expect((orphan.target as { selector: unknown[] }).selector).toHaveLength(1);
  });

  it('counts positions in code points, so text after an emoji still lines up', () => {
    const jobs = annotations.find((annotation) => String(annotation.id).endsWith(':clm_jobs'))!;
    const [quote, position] = (jobs.target as { selector: { exact: string; start: number; end: number }[] }).selector;
    const codePoints = [...report.articleText];
    expect(codePoints.slice(position.start, position.end).join('')).toBe(quote.exact);
    expect(report.articleText.slice(position.start, position.end)).not.toBe(quote.exact);
  });

  it('links each evidence annotation to its claim and source excerpt', () => {
    const evidence = annotations.find((annotation) => String(annotation.id).endsWith(':evidence:ev3'))!;
    expect(evidence.motivation).toBe('linking');
    expect((evidence.body as Record<string, unknown>[])[0]).toEqual({ type: 'SpecificResource', source: 'urn:factdesk:prj_northgate_ferry:claim:clm_li', purpose: 'linking' });
    const [quote, position] = (evidence.target as { selector: { exact: string; start: number; end: number }[] }).selector;
    expect(project.sources[0].text.slice(position.start, position.end)).toBe(quote.exact);
  });
});
