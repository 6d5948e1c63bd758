import { describe, expect, it } from 'vitest';
import {
  bodyOf,
  elementNode,
  headingNode,
  paragraphNode,
  quoteNode,
  textNode,
} from '../../../../shared/article/lexical-json';
import { plainTextOf } from '../../../../shared/article/plain-text';
import { articleBlocksOf, leafBlocksOf } from '../../../../shared/report/article-blocks';
import { segmentsOf, highlightsOf } from '../../../../shared/report/highlights';
import { locateAnchor } from '../../../../shared/report/locate';
import { buildReport } from '../../../../shared/report/model';
import { renderReport } from '../../../../shared/report/render';
import { DEFAULT_REPORT_OPTIONS, ReportOptions } from '../../../../shared/report/options';
import { readableDate } from '../../../../shared/report/dates';
import { anchorFor } from '../../../../shared/anchoring/selectors';
import { INTERNAL, loadProject, NEWSROOM_PROJECT } from './fixture';

const project = loadProject(NEWSROOM_PROJECT);
const leafText = (body: Parameters<typeof articleBlocksOf>[0]) =>
  leafBlocksOf(articleBlocksOf(body))
    .map((block) => block.pieces.map((piece) => piece.text).join(''))
    .join('\n');

describe('article blocks', () => {
  it('place every piece of text at its offset in plainTextOf(body)', () => {
    const { text } = plainTextOf(project.article.body);
    expect(leafText(project.article.body)).toBe(text);
    for (const block of leafBlocksOf(articleBlocksOf(project.article.body))) {
      for (const piece of block.pieces)
        expect(text.slice(piece.start, piece.start + piece.text.length)).toBe(piece.text);
    }
  });

  it('agree with plainTextOf on odd shapes: stray inlines at the top, empty blocks, nested lists', () => {
    const odd = bodyOf([
      textNode('stray one'),
      textNode('stray two'),
      paragraphNode([]),
      elementNode(
        'list',
        [
          elementNode('listitem', [textNode('a')]),
          elementNode('listitem', [elementNode('list', [elementNode('listitem', [textNode('b')])])]),
        ],
        { listType: 'number' },
      ),
      quoteNode([textNode('q')]),
      headingNode('h1', [textNode('H')]),
    ]);
    expect(leafText(odd)).toBe(plainTextOf(odd).text);
    const blocks = articleBlocksOf(odd);
    expect(blocks.map((block) => (block.kind === 'list' ? `list:${block.ordered}` : block.style))).toEqual([
      'paragraph',
      'paragraph',
      'paragraph',
      'list:true',
      'quote',
      'heading',
    ]);
  });
});

describe('buildReport', () => {
  const report = buildReport(project, INTERNAL);

  it('lists claims in document order, outer before inner at the same start, the orphan last, each with its permanent number', () => {
    expect(report.claims.map((claim) => claim.id)).toEqual([
      'clm_outer',
      'clm_inner',
      'clm_cost',
      'clm_li',
      'clm_pier',
      'clm_engineer',
      'clm_hostile',
      'clm_jobs',
      'clm_gone',
    ]);
    // Claim 6 was deleted: its number is not given to another claim, here or in any export.
    expect(report.claims.map((claim) => claim.number)).toEqual([1, 2, 3, 4, 5, 7, 8, 9, 10]);
    expect(report.claims[8].range).toBeNull();
  });

  it('locates each highlight by the claim’s selectors in the plain text', () => {
    for (const claim of report.claims.slice(0, 8))
      expect(report.articleText.slice(claim.range!.start, claim.range!.end)).toBe(claim.quote);
    expect(report.claims[1].quote).toBe('three months ahead of schedule');
    expect(report.claims[5].quote).toBe('ليلى حداد of the port authority');
  });

  it('cuts overlapping claims into segments that know every claim covering them', () => {
    const highlights = highlightsOf(report.claims);
    const paragraph = leafBlocksOf(report.article!)[1];
    const segments = paragraph.pieces.flatMap((piece) => segmentsOf(piece, highlights));
    const inner = segments.find((segment) => segment.text === 'three months ahead of schedule')!;
    expect(inner.claims.map((claim) => claim.number)).toEqual([1, 2]);
    expect(inner.starting.map((claim) => claim.number)).toEqual([2]);
    expect(inner.ending.map((claim) => claim.number)).toEqual([1, 2]);
  });

  it('quotes evidence from the source snapshot with its source and stance', () => {
    const evidence = report.claims[4].evidence;
    expect(evidence).toHaveLength(1);
    expect(evidence[0]).toMatchObject({
      stance: 'contradicts',
      excerpt: 'the inspection of piers 3 and 4 was deferred to 2026',
    });
    expect(evidence[0].source.number).toBe(2);
    expect(evidence[0].source.text.slice(evidence[0].range.start, evidence[0].range.end)).toBe(evidence[0].excerpt);
  });

  it('notes evidence whose wording another source repeats: one piece of copy, not independent confirmations (issue 21)', () => {
    const claimId = report.claims[4].id;
    const link = project.evidence.find((evidence) => evidence.claimId === claimId)!;
    const original = project.sources.find((source) => source.id === link.sourceId)!;
    const copy = { ...original, id: 'src_syndicated_copy', title: 'The same wire story, run by another outlet' };
    const copied = {
      ...project,
      sources: [...project.sources, copy],
      evidence: [...project.evidence, { ...link, id: 'ev_copy', sourceId: copy.id }],
    };
    const evidence = buildReport(copied, INTERNAL).claims[4].evidence;
    expect(evidence).toHaveLength(2);
    expect(evidence.map((item) => item.sameTextAs)).toEqual([[evidence[1].source.number], [evidence[0].source.number]]);
    expect(report.claims[4].evidence[0].sameTextAs).toEqual([]);
    const html = renderReport(copied, 'html', INTERNAL);
    expect(html).toContain(
      `Same wording as S${evidence[1].source.number}: one piece of copy, not independent confirmations.`,
    );
    expect(renderReport(copied, 'md', INTERNAL)).toContain(
      `Same wording as S${evidence[0].source.number}: one piece of copy`,
    );
  });

  it('cites a source with its published date after author and outlet, in HTML and Markdown (issue 21)', () => {
    const claimId = report.claims[4].id;
    const sourceId = project.evidence.find((evidence) => evidence.claimId === claimId)!.sourceId;
    const dated = {
      ...project,
      sources: project.sources.map((source) =>
        source.id === sourceId
          ? { ...source, outlet: 'Atlas Wire', author: 'Carlo Mendes', publishedDate: '2021-12-14' }
          : source,
      ),
    };
    expect(buildReport(dated, INTERNAL).claims[4].evidence[0].source.publishedDate).toBe('2021-12-14');
    expect(renderReport(dated, 'html', INTERNAL)).toContain('<bdi>Carlo Mendes, Atlas Wire, 14 December 2021</bdi>');
    expect(renderReport(dated, 'md', INTERNAL)).toContain('Carlo Mendes, Atlas Wire, 14 December 2021');
    expect(renderReport(project, 'html', INTERNAL)).not.toContain('14 December 2021');
  });

  it('summarises verdicts, statuses, tags, sign-off and reviewers', () => {
    expect(report.summary.claims).toBe(9);
    expect(report.summary.evidence).toBe(5);
    expect(report.summary.sources).toBe(2);
    expect(report.summary.byVerdict.find((entry) => entry.verdict === 'false')?.count).toBe(3);
    expect(report.summary.byStatus.find((entry) => entry.status === 'approved')?.count).toBe(5);
    expect(report.summary.byTag.slice(0, 2)).toEqual([
      { tag: 'attributed', count: 2 },
      { tag: 'disputed', count: 2 },
    ]);
    expect(report.signOff).toEqual({
      by: 'María José Ortega',
      at: '2026-11-21T16:30:00.000Z',
      approved: [1, 3, 5, 8, 10],
      notForPublication: [],
      notReviewed: [2, 4, 7, 9],
    });
    expect(report.projectCounts).toEqual({
      total: 9,
      approved: 5,
      notForPublication: 0,
      changesRequested: 1,
      notReviewed: 3,
      awaitingReview: 1,
      unrated: 1,
    });
    expect(report.reviewers).toEqual(['María José Ortega']);
  });

  it('honours the options: unreviewed claims out (numbers kept), comments out, article text out', () => {
    const lean = buildReport(
      project,
      ReportOptions.parse({
        variant: 'internal',
        includeUnreviewed: false,
        includeComments: false,
        includeArticleText: false,
      }),
    );
    expect(lean.claims.map((claim) => claim.id)).toEqual([
      'clm_outer',
      'clm_inner',
      'clm_cost',
      'clm_pier',
      'clm_hostile',
      'clm_gone',
    ]);
    expect(lean.claims.map((claim) => claim.number)).toEqual([1, 2, 3, 5, 8, 10]);
    expect(lean.claims.every((claim) => claim.comments.length === 0)).toBe(true);
    expect(lean.article).toBeNull();
    expect(lean.summary.claims).toBe(6);
  });
});

describe('the publication report', () => {
  const report = buildReport(project, DEFAULT_REPORT_OPTIONS);

  it('is the default, and shows only approved claims an editor has not held back, with their own numbers', () => {
    expect(DEFAULT_REPORT_OPTIONS.variant).toBe('publication');
    expect(report.claims.map((claim) => claim.number)).toEqual([1, 3, 5, 8, 10]);
    const held = buildReport(
      {
        ...project,
        claims: project.claims.map((c) =>
          c.id === 'clm_cost' ? { ...c, notForPublication: { reason: 'Legal', by: 'E', at: '' } } : c,
        ),
      },
      DEFAULT_REPORT_OPTIONS,
    );
    expect(held.claims.map((claim) => claim.number)).toEqual([1, 5, 8, 10]);
  });

  it('carries no internal note, comment, tag, evidence note or provenance — only the public explanation', () => {
    for (const claim of report.claims) {
      expect(claim).toMatchObject({
        note: '',
        comments: [],
        freeTags: [],
        disputedReason: null,
        notForPublication: null,
        createdBy: '',
      });
      expect(claim.evidence.every((evidence) => evidence.note === '')).toBe(true);
    }
    expect(report.claims[0].publicExplanation).toBe(
      'The harbour board’s annual report plans the opening for September 2027, not June.',
    );
    // Every internal text of the fixture, searched for in every publication format.
    const internalTexts = project.claims
      .flatMap((claim) => [claim.note, ...claim.comments.map((c) => c.text)])
      .concat(project.evidence.map((e) => e.note))
      .filter((text) => text.trim().length > 8);
    for (const format of ['html', 'md', 'csv', 'annotations'] as const) {
      const text = renderReport(project, format, DEFAULT_REPORT_OPTIONS);
      for (const internal of internalTexts)
        expect(
          text.includes(internal) || text.includes(JSON.stringify(internal).slice(1, -1)),
          `${format} contains “${internal}”`,
        ).toBe(false);
    }
  });

  it('says what the project’s claims add up to, and what was signed off, without calling unreviewed claims checked', () => {
    const html = renderReport(project, 'html', DEFAULT_REPORT_OPTIONS);
    expect(html).toContain(
      '9 claims: 5 approved, 1 sent back for changes, 3 not reviewed (1 awaiting review, 1 unrated).',
    );
    expect(html).toContain(
      'Signed off by María José Ortega on 21 November 2026, 16:30 UTC: 5 claims approved, 4 not reviewed. Claims 2, 4, 7, 9 had not been reviewed when it was signed off.',
    );
    expect(html).not.toMatch(/claims checked|Reviewed by/);
    const markdown = renderReport(project, 'md', DEFAULT_REPORT_OPTIONS);
    expect(markdown).toContain(
      '9 claims: 5 approved, 1 sent back for changes, 3 not reviewed (1 awaiting review, 1 unrated).',
    );
    expect(markdown).toContain('<a id="claim-10"></a>');
  });
});

describe('locateAnchor', () => {
  const text = 'The rate rose. Later, the rate rose again. The rate rose.';
  it('keeps a matching position, else finds the occurrence whose context matches', () => {
    const second = text.indexOf('the rate rose');
    expect(locateAnchor(text, anchorFor(text, second, second + 13))).toEqual({ start: second, end: second + 13 });
    // The last "The rate rose", recorded at a stale position where the first one now sits.
    const last = text.lastIndexOf('The rate rose');
    const stale = { ...anchorFor(text, last, last + 13), position: { start: 1, end: 14 } };
    expect(stale.quote.exact).toBe('The rate rose');
    expect(locateAnchor(text, stale)).toEqual({ start: last, end: last + 13 });
    expect(
      locateAnchor(text, { position: { start: 0, end: 3 }, quote: { exact: 'missing', prefix: '', suffix: '' } }),
    ).toBeNull();
  });
});

describe('readableDate', () => {
  it('writes dates the same way everywhere, without locale data', () => {
    expect(readableDate('2026-11-17')).toBe('17 November 2026');
    expect(readableDate('2026-11-21T16:30:00.000Z')).toBe('21 November 2026, 16:30 UTC');
    expect(readableDate('last Tuesday')).toBe('last Tuesday');
  });
});
