import { jsonLdText, jsonLdUrl } from './json-ld';
import type { TextRange } from './locate';
import { STANCE_LABELS, STATUS_LABELS, type ReportClaim, type ReportEvidence, type ReportModel } from './model';

/**
 * W3C Web Annotations (JSON-LD): each claim is an annotation on the article
 * and each evidence excerpt an annotation on its source, both targeted by
 * TextQuoteSelector and TextPositionSelector (offsets into the article's
 * plain text, and into the source's text snapshot). Positions count Unicode
 * code points, as the Web Annotation model does (Factdesk's own selectors
 * count UTF-16 units, so an emoji before a claim shifts them by one).
 * Comments are annotations of their own, replying to their claim's. The
 * verdict, stance and status bodies carry Factdesk's key as their id, so
 * `factdesk import-annotations` can read a collection back into claims.
 */

type JsonObject = Record<string, unknown>;

const urn = (report: ReportModel, ...parts: string[]) =>
  ['urn:factdesk', ...[report.projectId, ...parts].map(encodeURIComponent)].join(':');

type CodePointOffset = (utf16Offset: number) => number;

/** UTF-16 offset -> code point offset for one text: subtract the surrogate pairs before it (binary search). */
function codePointOffsets(text: string): CodePointOffset {
  const pairEnds: number[] = [];
  for (let i = 1; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code >= 0xdc00 && code <= 0xdfff && text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) <= 0xdbff)
      pairEnds.push(i);
  }
  return (offset) => {
    let [low, high] = [0, pairEnds.length];
    while (low < high) {
      const mid = (low + high) >> 1;
      if (pairEnds[mid] < offset) low = mid + 1;
      else high = mid;
    }
    return offset - low;
  };
}

/** Quote and position selectors; the position is left out when the passage is no longer in the text. */
function selectors(
  exact: string,
  prefix: string,
  suffix: string,
  range: TextRange | null,
  toCodePoints: CodePointOffset,
): JsonObject[] {
  const quote = { type: 'TextQuoteSelector', exact, prefix, suffix };
  return range
    ? [quote, { type: 'TextPositionSelector', start: toCodePoints(range.start), end: toCodePoints(range.end) }]
    : [quote];
}

const textBody = (value: string, purpose: string): JsonObject => ({
  type: 'TextualBody',
  value,
  format: 'text/plain',
  purpose,
});

/** Who made it and when, as the Web Annotation model says it (left out when unknown). */
function provenance(name: string, at: string): JsonObject {
  return { ...(name ? { creator: { type: 'Person', name } } : {}), ...(at ? { created: at } : {}) };
}

export const claimAnnotationId = (report: ReportModel, claim: ReportClaim) => urn(report, 'claim', claim.id);

function claimAnnotation(claim: ReportClaim, report: ReportModel, toCodePoints: CodePointOffset): JsonObject {
  // The verdict's own key is the body's id, so a reader gets it back whatever the label says.
  const body: JsonObject[] = [
    { id: urn(report, 'verdict', claim.verdict), ...textBody(claim.verdictLabel, 'assessing') },
  ];
  if (claim.publicExplanation.trim())
    body.push({ id: urn(report, 'explanation'), ...textBody(claim.publicExplanation, 'describing') });
  if (claim.note.trim()) body.push({ id: urn(report, 'note'), ...textBody(claim.note, 'commenting') });
  if (claim.speaker !== null)
    body.push({
      ...(claim.speakerKind ? { id: urn(report, 'speaker-kind', claim.speakerKind) } : {}),
      ...textBody(`attributed: ${claim.speaker}`, 'tagging'),
    });
  if (claim.disputedReason !== null)
    body.push(textBody(claim.disputedReason ? `disputed: ${claim.disputedReason}` : 'disputed', 'tagging'));
  for (const tag of claim.freeTags) body.push(textBody(tag, 'tagging'));
  if (claim.notForPublication !== null)
    body.push({ id: urn(report, 'not-for-publication'), ...textBody(claim.notForPublication, 'moderating') });
  body.push({
    id: urn(report, 'status', claim.status),
    ...textBody(`Review status: ${STATUS_LABELS[claim.status]}`, 'classifying'),
  });
  const target = {
    source: jsonLdUrl(report.url) ?? urn(report, 'article'),
    selector: selectors(claim.quote, claim.prefix, claim.suffix, claim.range, toCodePoints),
  };
  return {
    id: claimAnnotationId(report, claim),
    type: 'Annotation',
    motivation: 'assessing',
    label: `Claim ${claim.number}`,
    ...provenance(claim.createdBy, claim.createdAt),
    body,
    target,
  };
}

/** Each comment is its own annotation, replying to the claim's. */
function commentAnnotations(claim: ReportClaim, report: ReportModel): JsonObject[] {
  return claim.comments.map((comment) => ({
    id: urn(report, 'comment', claim.id, comment.id),
    type: 'Annotation',
    motivation: 'replying',
    label: `Comment on claim ${claim.number}`,
    ...provenance(comment.author, comment.createdAt),
    ...(comment.editedAt ? { modified: comment.editedAt } : {}),
    body: [
      textBody(comment.text, 'replying'),
      { id: urn(report, 'comment-kind', comment.kind), ...textBody(comment.kind, 'classifying') },
      ...(comment.resolved ? [textBody('resolved', 'tagging')] : []),
    ],
    target: claimAnnotationId(report, claim),
  }));
}

function evidenceAnnotation(
  evidence: ReportEvidence,
  claim: ReportClaim,
  report: ReportModel,
  toCodePoints: CodePointOffset,
): JsonObject {
  const body: JsonObject[] = [
    { type: 'SpecificResource', source: claimAnnotationId(report, claim), purpose: 'linking' },
    { id: urn(report, 'stance', evidence.stance), ...textBody(STANCE_LABELS[evidence.stance], 'classifying') },
  ];
  if (evidence.note.trim()) body.push(textBody(evidence.note, 'commenting'));
  const source = jsonLdUrl(evidence.source.url) ?? urn(report, 'source', evidence.source.id);
  return {
    id: urn(report, 'evidence', evidence.id),
    type: 'Annotation',
    motivation: 'linking',
    label: `Evidence for claim ${claim.number}: ${evidence.source.title}`,
    ...provenance(evidence.createdBy, evidence.createdAt),
    body,
    target: {
      source,
      selector: selectors(evidence.excerpt, evidence.prefix, evidence.suffix, evidence.range, toCodePoints),
    },
  };
}

export function annotationsOf(report: ReportModel): JsonObject[] {
  const article = codePointOffsets(report.articleText);
  const sources = new Map(report.sources.map((source) => [source.id, codePointOffsets(source.text)]));
  return report.claims.flatMap((claim) => [
    claimAnnotation(claim, report, article),
    ...claim.evidence.map((evidence) => evidenceAnnotation(evidence, claim, report, sources.get(evidence.source.id)!)),
    ...commentAnnotations(claim, report),
  ]);
}

export function renderWebAnnotations(report: ReportModel): string {
  const items = annotationsOf(report);
  // One page: it is both the first and the last.
  const page = urn(report, 'annotations', 'page-1');
  return jsonLdText({
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: urn(report, 'annotations'),
    type: 'AnnotationCollection',
    label: `Fact-check annotations: ${report.title || 'Untitled article'}`,
    total: items.length,
    first: { id: page, type: 'AnnotationPage', partOf: urn(report, 'annotations'), startIndex: 0, items },
    last: page,
  });
}
