import { verdictLabel } from '../claims/verdict-labels';
import type { Verdict } from '../claims/verdicts';
import { readableDate } from './dates';
import { escapeHtml } from './escape';
import { highlightsOf } from './highlights';
import { articleHtml } from './html-article';
import { claimEntryHtml, linkHtml, sourcesHtml } from './html-entries';
import { REPORT_STYLE } from './html-style';
import { claimReviewMissing, renderClaimReview } from './claimreview';
import { STATUS_LABELS, type ReportModel } from './model';
import { projectCountsLine, reportScopeLine, signOffLine } from './scope';

/**
 * The HTML report: one self-contained file. Styles are inline, there are no
 * scripts and no external requests (its own CSP says so), and every string
 * from the project is escaped.
 */

export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'";

function mastheadHtml(report: ReportModel): string {
  const facts: string[] = [];
  const fact = (label: string, value: string) => facts.push(`<div><dt>${label}</dt><dd dir="auto">${value}</dd></div>`);
  if (report.outlet) fact('Outlet', escapeHtml(report.outlet));
  if (report.byline) fact('Byline', escapeHtml(report.byline));
  if (report.publishedDate) fact('Published', escapeHtml(readableDate(report.publishedDate)));
  if (report.url) fact('Address', linkHtml(report.url));
  const signOff = `<p class="signoff ${report.signOff ? 'signed' : 'unsigned'}" dir="auto">${escapeHtml(signOffLine(report))}</p>`;
  const reviewers = report.reviewers.length
    ? `<p class="reviewers">Review decisions by ${report.reviewers.map((name) => `<bdi>${escapeHtml(name)}</bdi>`).join(', ')}</p>`
    : '';
  const kicker =
    report.options.variant === 'internal' ? 'Fact-check report — internal: not for publication' : 'Fact-check report';
  return `<header class="masthead">
<p class="kicker">${kicker}</p>
<h1 dir="auto">${escapeHtml(report.title || 'Untitled article')}</h1>
<dl class="facts">${facts.join('')}</dl>
${signOff}${reviewers}
</header>`;
}

function countRows(rows: { label: string; count: number; className?: string }[]): string {
  return rows
    .map(
      (row) =>
        `<tr><th scope="row"${row.className ? ` class="${row.className}"` : ''}><bdi>${row.label}</bdi></th><td>${row.count}</td></tr>`,
    )
    .join('');
}

function summaryHtml(report: ReportModel): string {
  const { summary } = report;
  const verdicts = summary.byVerdict.filter((entry) => entry.count > 0);
  const labelOf = (verdict: Verdict) => escapeHtml(verdictLabel(verdict, report.options.verdictLabels));
  const bar = verdicts
    .map(
      (entry) =>
        `<span class="bar-part v-${entry.verdict}" style="flex-grow:${entry.count}" title="${labelOf(entry.verdict)}: ${entry.count}"></span>`,
    )
    .join('');
  const verdictRows = countRows(
    verdicts.map((entry) => ({
      label: `<span class="chip v-${entry.verdict}"></span>${labelOf(entry.verdict)}`,
      count: entry.count,
    })),
  );
  const statusRows =
    report.options.variant === 'publication'
      ? ''
      : countRows(
          summary.byStatus
            .filter((entry) => entry.count > 0)
            .map((entry) => ({ label: STATUS_LABELS[entry.status], count: entry.count })),
        );
  const tagRows = countRows(summary.byTag.map((entry) => ({ label: escapeHtml(entry.tag), count: entry.count })));
  const table = (caption: string, rows: string) =>
    `<table><caption>${caption}</caption><tbody>${rows || '<tr><td class="none">None</td></tr>'}</tbody></table>`;
  return `<section class="summary" aria-labelledby="summary-title">
<h2 id="summary-title">Summary</h2>
<p class="counts">${escapeHtml(projectCountsLine(report))}</p>
<p class="scope">${escapeHtml(reportScopeLine(report))}</p>
<div class="stats"><p><strong>${summary.claims}</strong> ${summary.claims === 1 ? 'claim' : 'claims'} in this report</p><p><strong>${summary.evidence}</strong> evidence excerpts</p><p><strong>${summary.sources}</strong> sources</p></div>
${bar ? `<div class="verdict-bar" aria-hidden="true">${bar}</div>` : ''}
<div class="tables">${table('By verdict', verdictRows)}${report.options.variant === 'internal' ? `${table('By review status', statusRows)}${table('By tag', tagRows)}` : ''}</div>
</section>`;
}

function articleSectionHtml(report: ReportModel): string {
  if (!report.article) return '';
  return `<section class="article" aria-labelledby="article-title">
<h2 id="article-title">The article</h2>
<p class="legend">Checked passages are highlighted in the colour of their verdict and numbered; the numbers lead to the entries below. Where claims overlap, the inner claim’s colour is underlined in the outer claim’s.</p>
<article class="article-body">
${articleHtml(report.article, highlightsOf(report.claims))}
</article>
</section>`;
}

/**
 * The report's ClaimReview, as a JSON-LD data block (never run: the CSP still
 * allows no script). Only a publication report with the organisation and the
 * review address set carries it, and it is byte for byte the ClaimReview export.
 */
function claimReviewBlock(report: ReportModel): string {
  if (report.options.variant !== 'publication' || claimReviewMissing(report).length > 0) return '';
  return `<script type="application/ld+json">\n${renderClaimReview(report)}</script>\n`;
}

export function renderHtml(report: ReportModel): string {
  const entries = report.claims.length
    ? `<ol class="entries">${report.claims.map((claim) => claimEntryHtml(claim, report.options.variant === 'internal')).join('\n')}</ol>`
    : '<p class="none">No claims to report.</p>';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Factdesk">
<title>${escapeHtml(`Fact-check report: ${report.title || 'Untitled article'}`)}</title>
<style>${REPORT_STYLE}</style>
${claimReviewBlock(report)}</head>
<body>
<main class="report">
${mastheadHtml(report)}
${summaryHtml(report)}
${articleSectionHtml(report)}
<section class="claims" aria-labelledby="claims-title">
<h2 id="claims-title">Claims</h2>
${entries}
</section>
<section class="sources" aria-labelledby="sources-title">
<h2 id="sources-title">Sources</h2>
${sourcesHtml(report.sources)}
</section>
<footer class="colophon">Prepared with Factdesk · project ${escapeHtml(report.projectId)}</footer>
</main>
</body>
</html>
`;
}
