import { safeExternalUrl } from '../util/safe-url';
import type { Comment } from '../project/schema';
import { verdictLabel } from '../claims/verdict-labels';
import { citationParts, sameTextNote } from './citation';
import { readableDate } from './dates';
import { escapeMarkdown, markdownLine } from './escape';
import { highlightsOf } from './highlights';
import { articleMarkdown } from './markdown-article';
import { STANCE_LABELS, STATUS_LABELS, type ReportClaim, type ReportModel, type ReportSource } from './model';
import { projectCountsLine, reportScopeLine, signOffLine } from './scope';

/** The report as Markdown: the same content as the HTML report, readable as plain text. */

const COMMENT_KINDS: Record<Comment['kind'], string> = {
  comment: 'commented',
  'request-changes': 'requested changes',
  approval: 'approved',
};

/** Dates come from the project too: one that cannot be read is shown as written, escaped. */
const dateMarkdown = (value: string) => markdownLine(readableDate(value));

/** Multi-line text inside a list item: continuation lines indented to stay in the item. */
function indented(text: string, indent: string): string {
  return escapeMarkdown(text.trim()).replace(/\n(?=[^\n])/g, `\n${indent}`);
}

/** A link address: an autolink when it is a safe web address, else plain escaped text. */
function urlMarkdown(url: string): string {
  const safe = safeExternalUrl(url);
  return safe ? `<${safe}>` : markdownLine(url);
}

function citationMarkdown(source: ReportSource): string {
  return citationParts(source)
    .map((part) => (part === source.url ? urlMarkdown(part) : markdownLine(part)))
    .join(' — ');
}

function mastheadMarkdown(report: ReportModel): string {
  const facts = [
    report.outlet,
    report.byline,
    report.publishedDate && `published ${readableDate(report.publishedDate)}`,
  ]
    .filter(Boolean)
    .map((fact) => markdownLine(fact));
  const lines = [`# Fact-check report: ${markdownLine(report.title || 'Untitled article')}`, ''];
  if (facts.length) lines.push(facts.join(' · '), '');
  if (report.url) lines.push(`Article address: ${urlMarkdown(report.url)}`, '');
  lines.push(markdownLine(signOffLine(report)));
  if (report.reviewers.length) lines.push('', `Review decisions by ${report.reviewers.map(markdownLine).join(', ')}.`);
  if (report.options.variant === 'internal') lines.push('', '**Internal report: not for publication.**');
  return lines.join('\n');
}

function summaryMarkdown(report: ReportModel): string {
  const { summary } = report;
  const list = (entries: string[]) => (entries.length ? entries.join(', ') : 'none');
  const lines = [
    '## Summary',
    '',
    projectCountsLine(report),
    '',
    reportScopeLine(report),
    '',
    `- In this report: ${summary.claims} ${summary.claims === 1 ? 'claim' : 'claims'} · evidence excerpts: ${summary.evidence} · sources: ${summary.sources}`,
    `- By verdict: ${list(summary.byVerdict.filter((e) => e.count > 0).map((e) => `${markdownLine(verdictLabel(e.verdict, report.options.verdictLabels))} ${e.count}`))}`,
  ];
  if (report.options.variant === 'internal') {
    lines.push(
      `- By review status: ${list(summary.byStatus.filter((e) => e.count > 0).map((e) => `${STATUS_LABELS[e.status]} ${e.count}`))}`,
    );
    lines.push(`- By tag: ${list(summary.byTag.map((e) => `${markdownLine(e.tag)} ${e.count}`))}`);
  }
  return lines.join('\n');
}

function tagsLine(claim: ReportClaim): string | null {
  const tags: string[] = [];
  if (claim.speaker !== null) tags.push(`attributed to ${markdownLine(claim.speaker)}`);
  if (claim.disputedReason !== null)
    tags.push(claim.disputedReason.trim() ? `disputed: ${markdownLine(claim.disputedReason)}` : 'disputed');
  tags.push(...claim.freeTags.map(markdownLine));
  return tags.length ? `- **Tags:** ${tags.join(' · ')}` : null;
}

function claimMarkdown(claim: ReportClaim, internal: boolean): string {
  const lines = [
    `<a id="claim-${claim.number}"></a>`,
    '',
    `### ${claim.number}. ${markdownLine(claim.verdictLabel)}: “${markdownLine(claim.quote)}”`,
    '',
  ];
  if (!claim.range)
    lines.push('*This passage is no longer in the article text; the claim is kept as it was last seen.*', '');
  if (internal) lines.push(`- **Review status:** ${STATUS_LABELS[claim.status]}`);
  if (claim.notForPublication !== null)
    lines.push(`- **Not for publication:** ${markdownLine(claim.notForPublication)}`);
  const tags = tagsLine(claim);
  if (tags) lines.push(tags);
  if (claim.publicExplanation.trim()) lines.push(`- **Explanation:** ${indented(claim.publicExplanation, '  ')}`);
  if (claim.note.trim()) lines.push(`- **Checker’s note (internal):** ${indented(claim.note, '  ')}`);
  if (claim.evidence.length === 0) lines.push('- **Evidence:** none linked');
  else lines.push('- **Evidence:**');
  for (const evidence of claim.evidence) {
    const citation = `S${evidence.source.number}: ${citationMarkdown(evidence.source)}`;
    lines.push(`  - *${STANCE_LABELS[evidence.stance]}:* “${markdownLine(evidence.excerpt)}” — ${citation}`);
    if (evidence.note.trim()) lines.push(`    Note: ${indented(evidence.note, '    ')}`);
    if (evidence.sameTextAs.length) lines.push(`    ${sameTextNote(evidence.sameTextAs)}`);
  }
  if (claim.comments.length) lines.push('- **Reviewer comments:**');
  for (const comment of claim.comments) {
    const when = comment.createdAt ? `, ${dateMarkdown(comment.createdAt)}` : '';
    lines.push(
      `  - ${markdownLine(comment.author || 'Unknown')} ${COMMENT_KINDS[comment.kind]}${when}: ${indented(comment.text, '    ')}`,
    );
  }
  return lines.join('\n');
}

export function renderMarkdown(report: ReportModel): string {
  const parts = [mastheadMarkdown(report), summaryMarkdown(report)];
  if (report.article) parts.push(`## The article\n\n${articleMarkdown(report.article, highlightsOf(report.claims))}`);
  parts.push(
    `## Claims\n\n${report.claims.length ? report.claims.map((claim) => claimMarkdown(claim, report.options.variant === 'internal')).join('\n\n') : 'No claims to report.'}`,
  );
  const sources = report.sources.map((source) => `- **S${source.number}** ${citationMarkdown(source)}`);
  parts.push(`## Sources\n\n${sources.length ? sources.join('\n') : 'No sources in this project.'}`);
  return `${parts.join('\n\n')}\n`;
}
