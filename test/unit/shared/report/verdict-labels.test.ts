import { describe, expect, it } from 'vitest';
import { claimReviewsOf } from '../../../../shared/report/claimreview';
import { buildReport } from '../../../../shared/report/model';
import { DEFAULT_REPORT_OPTIONS, ReportOptions } from '../../../../shared/report/options';
import { renderReport } from '../../../../shared/report/render';
import { GOLDEN_ORGANISATION, loadProject, NEWSROOM_PROJECT } from './fixture';

const project = loadProject(NEWSROOM_PROJECT);
const labelled = ReportOptions.parse({
  variant: 'internal',
  ...GOLDEN_ORGANISATION,
  verdictLabels: { 'mostly-accurate': 'Largely <accurate>', false: '=Wrong', mixed: '' },
});

describe('verdict labels from Preferences in exported reports', () => {
  it('defaults to no labels, so the default reports are unchanged', () => {
    expect(DEFAULT_REPORT_OPTIONS.verdictLabels).toEqual({});
    expect(renderReport(project, 'html', { ...DEFAULT_REPORT_OPTIONS, variant: 'internal' })).toContain(
      'Mostly accurate',
    );
  });

  it('names the verdict by the user’s label in HTML, escaped, and keeps the default for an empty label', () => {
    const html = renderReport(project, 'html', labelled);
    expect(html).toContain('Largely &lt;accurate&gt;');
    expect(html).not.toContain('Largely <accurate>');
    expect(html).not.toMatch(/>Mostly accurate</);
    expect(html).toMatch(/>Mixed</);
  });

  it('uses the label in Markdown (escaped), CSV (formula-safe) and Web Annotations', () => {
    const markdown = renderReport(project, 'md', labelled);
    expect(markdown).toContain('Largely \\<accurate\\>');
    expect(markdown).not.toContain('Mostly accurate');
    const csv = renderReport(project, 'csv', labelled);
    expect(csv).toContain(',Largely <accurate>,');
    expect(csv).toContain(',Awaiting review,');
    expect(csv).not.toContain('Mostly accurate');
    expect(csv).toContain(",'=Wrong,");
    const annotations = JSON.parse(renderReport(project, 'annotations', labelled)) as {
      first: { items: { body: { value: string; purpose: string }[] }[] };
    };
    const assessed = annotations.first.items.flatMap((item) =>
      item.body.filter((body) => body.purpose === 'assessing').map((body) => body.value),
    );
    expect(assessed).toContain('Largely <accurate>');
  });

  it('gives ClaimReview ratings the label as alternateName, the default rating name otherwise', () => {
    const reviews = claimReviewsOf(buildReport(project, labelled));
    const names = reviews.map((review) => (review.reviewRating as { alternateName: string }).alternateName);
    expect(names).toContain('=Wrong');
    expect(names).not.toContain('False');
    expect(names).toContain('Mixed');
  });
});
