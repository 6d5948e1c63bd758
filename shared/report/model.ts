import { groupSameText } from '../evidence/same-text';
import { plainTextOf } from '../article/plain-text';
import { claimCounts, type ClaimCounts } from '../review/claim-counts';
import type { Claim, Comment, Project, ReviewStatus, SignOff, Source, SpeakerKind, Stance } from '../project/schema';
import { verdictLabel } from '../claims/verdict-labels';
import type { Verdict } from '../claims/verdicts';
import { articleBlocksOf, type ArticleBlock } from './article-blocks';
import { locateAnchor, type TextRange } from './locate';
import type { ReportOptions } from './options';
import { summarise, type ReportSummary } from './summary';

/**
 * The report model: everything every export shows, built from the saved
 * project JSON alone (no editor). Claims keep their permanent numbers (a
 * filtered report has gaps, never new numbers) and are listed in document
 * order by where their selectors put them in plainTextOf(body).
 */

export const STATUS_LABELS: Record<ReviewStatus, string> = {
  open: 'Open (not yet submitted for review)',
  'needs-review': 'Awaiting review',
  approved: 'Approved',
  'changes-requested': 'Changes requested',
};

export const STANCE_LABELS: Record<Stance, string> = {
  supports: 'Supports',
  contradicts: 'Contradicts',
  context: 'Context',
};

export interface ReportSource {
  number: number;
  id: string;
  title: string;
  outlet: string;
  author: string;
  url: string;
  fileName: string;
  accessedAt: string;
  /** YYYY-MM-DD, or ''. */
  publishedDate: string;
  /** The source's frozen text snapshot (evidence ranges point into it). */
  text: string;
}

export interface ReportEvidence {
  id: string;
  stance: Stance;
  excerpt: string;
  /** The excerpt's place in the source's text snapshot. */
  range: TextRange;
  prefix: string;
  suffix: string;
  note: string;
  createdBy: string;
  createdAt: string;
  source: ReportSource;
  /** Numbers of the other sources of this claim's evidence with the same wording: one piece of copy, not independent confirmations. */
  sameTextAs: number[];
}

export interface ReportClaim {
  number: number;
  id: string;
  quote: string;
  prefix: string;
  suffix: string;
  /** Where the claim is highlighted in the article text; null if its passage is gone. */
  range: TextRange | null;
  verdict: Verdict;
  /** How the verdict is named in this report (the user's label, else the default). */
  verdictLabel: string;
  speaker: string | null;
  /** Whether the speaker is a person or an organisation; null when nobody said. */
  speakerKind: SpeakerKind | null;
  disputedReason: string | null;
  freeTags: string[];
  /** The checker's internal note: '' in a publication report. */
  note: string;
  /** What readers are told about the verdict. */
  publicExplanation: string;
  /** Internal reports: why an editor held the claim back from publication; null when it may be published. */
  notForPublication: string | null;
  status: ReviewStatus;
  comments: Comment[];
  evidence: ReportEvidence[];
  createdBy: string;
  createdAt: string;
}

export interface ReportModel {
  projectId: string;
  title: string;
  outlet: string;
  byline: string;
  url: string;
  publishedDate: string;
  signOff: SignOff | null;
  /** Everyone who approved or requested changes on a claim. */
  reviewers: string[];
  summary: ReportSummary;
  /** Every claim of the project, reported or not: what they add up to. */
  projectCounts: ClaimCounts;
  /** The article's plain text (selector offsets refer to it). */
  articleText: string;
  /** The article as blocks; null when the options leave the full text out. */
  article: ArticleBlock[] | null;
  claims: ReportClaim[];
  sources: ReportSource[];
  options: ReportOptions;
}

const isUnreviewed = (claim: Claim) => claim.status === 'open' || claim.status === 'needs-review';

/** Approved, and not held back by an editor: what a publication may show. */
export const isPublishable = (claim: Pick<Claim, 'status' | 'notForPublication'>) =>
  claim.status === 'approved' && claim.notForPublication === null;

function includedIn(options: ReportOptions): (claim: Claim) => boolean {
  if (options.variant === 'publication') return isPublishable;
  return (claim) => options.includeUnreviewed || !isUnreviewed(claim);
}

/** The options with the project's own organisation and review address where the options leave them empty. */
function withProjectSettings(options: ReportOptions, project: Project): ReportOptions {
  const { review } = project;
  return {
    ...options,
    organisationName: options.organisationName.trim() || review.organisationName.trim(),
    organisationUrl: options.organisationUrl.trim() || review.organisationUrl.trim(),
    reviewUrl: options.reviewUrl.trim() || review.reviewUrl.trim(),
  };
}

function reportSources(sources: Source[]): ReportSource[] {
  return sources.map((source, index) => ({
    number: index + 1,
    id: source.id,
    title: source.title,
    outlet: source.outlet,
    author: source.author,
    url: source.url,
    fileName: source.fileName,
    accessedAt: source.accessedAt,
    publishedDate: source.publishedDate,
    text: source.text,
  }));
}

function evidenceByClaim(project: Project, sources: Map<string, ReportSource>): Map<string, ReportEvidence[]> {
  const byClaim = new Map<string, ReportEvidence[]>();
  for (const link of project.evidence) {
    const source = sources.get(link.sourceId);
    if (!source) continue;
    const range = locateAnchor(source.text, link.anchor) ?? link.anchor.position;
    const { exact, prefix, suffix } = link.anchor.quote;
    const evidence = {
      id: link.id,
      stance: link.stance,
      excerpt: exact,
      range,
      prefix,
      suffix,
      note: link.note,
      createdBy: link.createdBy,
      createdAt: link.createdAt,
      source,
      sameTextAs: [] as number[],
    };
    byClaim.set(link.claimId, [...(byClaim.get(link.claimId) ?? []), evidence]);
  }
  for (const list of byClaim.values()) {
    for (const group of groupSameText(list, (evidence) => evidence.excerpt)) {
      for (const evidence of group)
        evidence.sameTextAs = [
          ...new Set(
            group.filter((other) => other.source.number !== evidence.source.number).map((other) => other.source.number),
          ),
        ];
    }
  }
  return byClaim;
}

function documentOrder(
  a: { range: TextRange | null; claim: Claim },
  b: { range: TextRange | null; claim: Claim },
): number {
  const startA = a.range?.start ?? Number.MAX_SAFE_INTEGER;
  const startB = b.range?.start ?? Number.MAX_SAFE_INTEGER;
  if (startA !== startB) return startA - startB;
  if (a.range && b.range && a.range.end !== b.range.end) return b.range.end - a.range.end;
  return a.claim.anchor.position.start - b.claim.anchor.position.start || (a.claim.id < b.claim.id ? -1 : 1);
}

function reviewersOf(claims: Claim[]): string[] {
  const decisions = claims.flatMap((claim) => claim.comments.filter((comment) => comment.kind !== 'comment'));
  return [...new Set(decisions.map((comment) => comment.author).filter((name) => name.trim() !== ''))];
}

function withoutInternal(evidence: ReportEvidence[]): ReportEvidence[] {
  return evidence.map((item) => (item.note ? { ...item, note: '' } : item));
}

export function buildReport(project: Project, requested: ReportOptions): ReportModel {
  const options = withProjectSettings(requested, project);
  const internal = options.variant === 'internal';
  const { text } = plainTextOf(project.article.body);
  const sources = reportSources(project.sources);
  const evidence = evidenceByClaim(project, new Map(sources.map((source) => [source.id, source])));
  const included = project.claims.filter(includedIn(options));
  const located = included
    .map((claim) => ({ claim, range: claim.orphaned ? null : locateAnchor(text, claim.anchor) }))
    .sort(documentOrder);
  const claims = located.map(({ claim, range }): ReportClaim => ({
    number: claim.number,
    id: claim.id,
    quote: range ? text.slice(range.start, range.end) : claim.anchor.quote.exact,
    prefix: claim.anchor.quote.prefix,
    suffix: claim.anchor.quote.suffix,
    range,
    verdict: claim.verdict,
    verdictLabel: verdictLabel(claim.verdict, options.verdictLabels),
    speaker: claim.tags.attributed?.speaker ?? null,
    speakerKind: claim.tags.attributed?.kind ?? null,
    // Tags are the desk's working labels: a publication names the speaker only.
    disputedReason: internal ? (claim.tags.disputed?.reason ?? null) : null,
    freeTags: internal ? claim.tags.free : [],
    note: internal ? claim.note : '',
    publicExplanation: claim.publicExplanation,
    notForPublication: internal ? (claim.notForPublication?.reason ?? null) : null,
    status: claim.status,
    comments: internal && options.includeComments ? claim.comments : [],
    evidence: internal ? (evidence.get(claim.id) ?? []) : withoutInternal(evidence.get(claim.id) ?? []),
    createdBy: internal ? claim.createdBy : '',
    createdAt: internal ? claim.createdAt : '',
  }));
  const { article } = project;
  return {
    projectId: project.id,
    title: article.title,
    outlet: article.outlet,
    byline: article.byline,
    url: article.url,
    publishedDate: article.publishedDate,
    signOff: project.signOff,
    reviewers: reviewersOf(included),
    summary: summarise(claims, sources.length),
    projectCounts: claimCounts(project.claims),
    articleText: text,
    article: options.includeArticleText ? articleBlocksOf(article.body) : null,
    claims,
    sources,
    options,
  };
}
