import { safeExternalUrl } from '../util/safe-url';
import type { Comment } from '../project/schema';
import { readableDate } from './dates';
import { bylineOf, sameTextNote } from './citation';
import { escapeHtml } from './escape';
import { STANCE_LABELS, STATUS_LABELS, type ReportClaim, type ReportEvidence, type ReportSource } from './model';

/** The numbered claim entries and the list of sources of the HTML report. */

const COMMENT_KINDS: Record<Comment['kind'], string> = {
  comment: 'commented',
  'request-changes': 'requested changes',
  approval: 'approved',
};

/** Paragraphs for free text: blank lines split paragraphs, single newlines become <br>. */
export function paragraphsHtml(text: string, className: string): string {
  return text
    .split(/\n\s*\n/)
    .filter((para) => para.trim() !== '')
    .map((para) => `<p class="${className}" dir="auto">${escapeHtml(para.trim()).replace(/\n/g, '<br>')}</p>`)
    .join('');
}

export function linkHtml(url: string): string {
  const safe = safeExternalUrl(url);
  return safe ? `<a href="${escapeHtml(safe)}">${escapeHtml(url)}</a>` : escapeHtml(url);
}

export function citationHtml(source: ReportSource): string {
  const parts = [`<cite dir="auto">${escapeHtml(source.title || 'Untitled source')}</cite>`];
  const by = bylineOf(source).map(escapeHtml).join(', ');
  if (by) parts.push(`<bdi>${by}</bdi>`);
  if (source.url) parts.push(linkHtml(source.url));
  else if (source.fileName) parts.push(`file ${escapeHtml(source.fileName)}`);
  if (source.accessedAt) parts.push(`accessed ${escapeHtml(readableDate(source.accessedAt))}`);
  return `${parts.join(' · ')}`;
}

function tagsHtml(claim: ReportClaim): string {
  const tags: string[] = [];
  if (claim.speaker !== null)
    tags.push(`<li class="tag tag-attributed">Attributed to <bdi>${escapeHtml(claim.speaker)}</bdi></li>`);
  if (claim.disputedReason !== null) {
    const reason = claim.disputedReason.trim() ? `: <bdi>${escapeHtml(claim.disputedReason)}</bdi>` : '';
    tags.push(`<li class="tag tag-disputed">Disputed${reason}</li>`);
  }
  for (const tag of claim.freeTags) tags.push(`<li class="tag"><bdi>${escapeHtml(tag)}</bdi></li>`);
  return tags.length ? `<ul class="tags" aria-label="Tags">${tags.join('')}</ul>` : '';
}

function evidenceHtml(evidence: ReportEvidence): string {
  const note = evidence.note ? paragraphsHtml(evidence.note, 'evidence-note') : '';
  const same = evidence.sameTextAs.length
    ? `\n<p class="same-text">${escapeHtml(sameTextNote(evidence.sameTextAs))}</p>`
    : '';
  return `<li class="evidence-item stance-${evidence.stance}"><span class="stance">${STANCE_LABELS[evidence.stance]}</span>
<blockquote class="excerpt" dir="auto">${escapeHtml(evidence.excerpt)}</blockquote>${note}${same}
<p class="citation"><a class="source-ref" href="#source-${evidence.source.number}">S${evidence.source.number}</a> ${citationHtml(evidence.source)}</p></li>`;
}

function commentHtml(comment: Comment): string {
  const when = comment.createdAt ? ` · <span class="when">${escapeHtml(readableDate(comment.createdAt))}</span>` : '';
  return `<li class="comment kind-${comment.kind}"><p class="comment-head"><bdi class="who">${escapeHtml(comment.author || 'Unknown')}</bdi> ${COMMENT_KINDS[comment.kind]}${when}${comment.resolved ? ' <span class="resolved">resolved</span>' : ''}</p>${paragraphsHtml(comment.text, 'comment-text')}</li>`;
}

function section(title: string, body: string, className: string): string {
  return `<section class="${className}"><h4>${title}</h4>${body}</section>`;
}

/** The entry's head is a heading, so a screen reader and the PDF's outline list the claims. */
export function claimEntryHtml(claim: ReportClaim, internal: boolean): string {
  const missing = claim.range
    ? ''
    : '<p class="warning">This passage is no longer in the article text; the claim is kept as it was last seen.</p>';
  const held =
    claim.notForPublication !== null
      ? `<p class="warning">Not for publication: <bdi>${escapeHtml(claim.notForPublication)}</bdi></p>`
      : '';
  const explanation = claim.publicExplanation.trim()
    ? section('Explanation', paragraphsHtml(claim.publicExplanation, 'explanation-text'), 'explanation')
    : '';
  const note = claim.note.trim()
    ? section('Checker’s note (internal)', paragraphsHtml(claim.note, 'note-text'), 'note')
    : '';
  const evidence = claim.evidence.length
    ? section(
        `Evidence (${claim.evidence.length})`,
        `<ol class="evidence-list">${claim.evidence.map(evidenceHtml).join('\n')}</ol>`,
        'evidence',
      )
    : section('Evidence', '<p class="none">No evidence linked.</p>', 'evidence');
  const comments = claim.comments.length
    ? section(
        'Reviewer comments',
        `<ul class="comment-list">${claim.comments.map(commentHtml).join('')}</ul>`,
        'comments',
      )
    : '';
  const provenance = claim.createdBy
    ? `<p class="provenance">Marked by <bdi>${escapeHtml(claim.createdBy)}</bdi>${claim.createdAt ? ` on ${escapeHtml(readableDate(claim.createdAt))}` : ''}.</p>`
    : '';
  const status = internal ? ` <span class="status status-${claim.status}">${STATUS_LABELS[claim.status]}</span>` : '';
  return `<li class="entry v-${claim.verdict}" id="claim-${claim.number}" value="${claim.number}">
<h3 class="entry-head"><a class="entry-number" href="#claim-${claim.number}" aria-label="Claim ${claim.number}">${claim.number}</a> <span class="verdict v-${claim.verdict}">${escapeHtml(claim.verdictLabel)}</span>${status}</h3>
<blockquote class="entry-quote" dir="auto">${escapeHtml(claim.quote)}</blockquote>${missing}${held}
${tagsHtml(claim)}${explanation}${note}${evidence}${comments}${provenance}
</li>`;
}

export function sourcesHtml(sources: readonly ReportSource[]): string {
  if (sources.length === 0) return '<p class="none">No sources in this project.</p>';
  const items = sources.map(
    (source) =>
      `<li id="source-${source.number}"><span class="source-number">S${source.number}</span> ${citationHtml(source)}</li>`,
  );
  return `<ol class="source-list">${items.join('\n')}</ol>`;
}
