import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { createEmptyProject } from '../../../../shared/project/new-project';
import { escapeHtml, escapeMarkdown } from '../../../../shared/report/escape';
import { DEFAULT_REPORT_OPTIONS } from '../../../../shared/report/options';
import { renderReport } from '../../../../shared/report/render';
import { GOLDEN_ORGANISATION, INTERNAL, loadProject, NEWSROOM_PROJECT } from './fixture';

const HOSTILE = ['<script>alert(1)</script>', '<img src=x onerror="alert(2)">', '"><svg onload=alert(3)>'];
const TAGS_FROM_PROJECT = /<(script|img|svg|iframe|object)\b/i;

function hostileProject() {
  const project = loadProject(NEWSROOM_PROJECT);
  const [script, img, svg] = HOSTILE;
  return {
    ...project,
    article: { ...project.article, title: svg, outlet: img, byline: script, url: `javascript:${script}` },
    claims: project.claims.map((claim) => ({
      ...claim,
      note: `${script} ${img} ${svg}`,
      tags: { ...claim.tags, free: [svg] },
      comments: claim.comments.map((comment) => ({ ...comment, author: img, createdAt: svg, text: script })),
    })),
    sources: project.sources.map((source) => ({ ...source, title: img, author: svg, url: svg, accessedAt: script })),
    signOff: { by: script, at: svg, approved: [1], notForPublication: [], notReviewed: [] },
  };
}

describe('escaping', () => {
  it('escapeHtml escapes the five HTML specials', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });

  it('the HTML report carries no markup from the project: hostile strings are text', () => {
    const html =
      renderReport(hostileProject(), 'html', INTERNAL) + renderReport(hostileProject(), 'html', DEFAULT_REPORT_OPTIONS);
    expect(html).not.toMatch(TAGS_FROM_PROJECT);
    expect(html).not.toMatch(/href="\s*javascript:/i);
    expect(html).toContain('&quot;&gt;&lt;svg onload=alert(3)&gt;');
    expect(html).toContain(
      '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'">',
    );
  });

  it('Markdown shows hostile strings as text, even in a renderer that allows raw HTML', () => {
    const markdown = renderReport(hostileProject(), 'md', INTERNAL);
    const rendered = new MarkdownIt({ html: true, linkify: true }).render(markdown);
    expect(rendered).not.toMatch(TAGS_FROM_PROJECT);
    expect(rendered).not.toContain('href="javascript:');
    expect(rendered).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(new MarkdownIt().renderInline(escapeMarkdown('*not* _emphasis_ [link](x) # 1. `code`'))).toBe(
      '*not* _emphasis_ [link](x) # 1. `code`',
    );
  });

  it('JSON-LD cannot end the <script> tag it gets embedded in', () => {
    for (const format of ['claimreview', 'annotations'] as const) {
      const text = renderReport(hostileProject(), format, { ...INTERNAL, ...GOLDEN_ORGANISATION });
      expect(text).not.toContain('<');
      expect(JSON.stringify(JSON.parse(text))).toContain('<script>alert(1)</script>');
    }
  });

  it('an empty project still makes every report', () => {
    const empty = createEmptyProject(new Date('2026-11-22T00:00:00Z'));
    expect(renderReport(empty, 'html', DEFAULT_REPORT_OPTIONS)).toContain('No claims to report.');
    expect(renderReport(empty, 'md', DEFAULT_REPORT_OPTIONS)).toContain('# Fact-check report: Untitled article');
    expect(renderReport(empty, 'csv', DEFAULT_REPORT_OPTIONS).split('\r\n')).toHaveLength(2);
    expect(
      JSON.parse(renderReport(empty, 'claimreview', { ...DEFAULT_REPORT_OPTIONS, ...GOLDEN_ORGANISATION }))['@graph'],
    ).toEqual([]);
  });
});
