import { z } from 'zod';
import { withUniqueNumbers } from '../claims/claim-numbers';
import { plainTextOf } from '../article/plain-text';
import { wrapRangeInMark } from '../anchoring/mark-range';
import { refreshClaimAnchors } from '../anchoring/refresh-claim-anchors';
import { locateAnchor } from './locate';
import {
  COMMENT_KINDS_LIST,
  REVIEW_STATUSES,
  SPEAKER_KINDS,
  STANCES,
  type Anchor,
  type Claim,
  type Comment,
  type EvidenceLink,
  type Project,
} from '../project/schema';
import { VERDICTS } from '../claims/verdicts';

/**
 * Reads a W3C Web Annotation collection, as `factdesk export --format
 * annotations` writes it, back onto the same article: each assessing
 * annotation becomes a claim again (its highlight placed by its selectors),
 * each replying annotation a comment on it, each linking annotation an
 * evidence link to a source the project has. Claims already in the project
 * are left as they are.
 */

const Selector = z.looseObject({
  type: z.string(),
  exact: z.string().optional(),
  prefix: z.string().optional(),
  suffix: z.string().optional(),
  start: z.number().optional(),
  end: z.number().optional(),
});
const Body = z.looseObject({
  id: z.string().optional(),
  type: z.string().optional(),
  value: z.string().optional(),
  purpose: z.string().optional(),
  source: z.string().optional(),
});
const Annotation = z.looseObject({
  id: z.string(),
  motivation: z.string(),
  label: z.string().optional(),
  creator: z.looseObject({ name: z.string().optional() }).optional(),
  created: z.string().optional(),
  modified: z.string().optional(),
  body: z.array(Body).default([]),
  target: z.union([z.string(), z.looseObject({ source: z.string(), selector: z.array(Selector).default([]) })]),
});
type Annotation = z.infer<typeof Annotation>;
const Collection = z.looseObject({
  type: z.literal('AnnotationCollection'),
  first: z.looseObject({ items: z.array(z.unknown()) }),
});

export interface AnnotationImport {
  project: Project;
  /** Numbers of the claims made from the collection. */
  added: number[];
  /** What could not be read back, for the user. */
  problems: string[];
}

/** The last ':'-separated part of a urn:factdesk:… id, decoded. */
const lastPart = (id: string | undefined) => (id ? decodeURIComponent(id.slice(id.lastIndexOf(':') + 1)) : '');
const keyIn = <T extends string>(values: readonly T[], id: string | undefined, kind: string): T | null =>
  id?.includes(`:${kind}:`) && (values as readonly string[]).includes(lastPart(id)) ? (lastPart(id) as T) : null;
const bodyWith = (annotation: Annotation, purpose: string, kind?: string) =>
  annotation.body.find((body) => body.purpose === purpose && (!kind || (body.id ?? '').includes(`:${kind}`)));

/** Code-point offset -> UTF-16 offset in `text` (the Web Annotation model counts code points). */
function utf16Offsets(text: string): (codePoints: number) => number {
  const starts: number[] = [];
  for (let i = 0; i < text.length; i += 1) {
    starts.push(i);
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) i += 1;
  }
  starts.push(text.length);
  return (codePoints) => starts[Math.min(Math.max(codePoints, 0), starts.length - 1)];
}

function anchorFromSelectors(selectors: z.infer<typeof Selector>[], toUtf16: (n: number) => number): Anchor | null {
  const quote = selectors.find((s) => s.type === 'TextQuoteSelector');
  if (!quote?.exact) return null;
  const position = selectors.find((s) => s.type === 'TextPositionSelector');
  const start = position?.start !== undefined ? toUtf16(position.start) : 0;
  const end = position?.end !== undefined ? toUtf16(position.end) : start;
  return {
    position: { start, end },
    quote: { exact: quote.exact, prefix: quote.prefix ?? '', suffix: quote.suffix ?? '' },
  };
}

function tagsOf(annotation: Annotation): Claim['tags'] {
  const tags: Claim['tags'] = { attributed: null, disputed: null, free: [] };
  for (const body of annotation.body.filter((b) => b.purpose === 'tagging' && typeof b.value === 'string')) {
    const value = body.value!;
    if (value.startsWith('attributed: ')) {
      const kind = keyIn(SPEAKER_KINDS, body.id, 'speaker-kind');
      tags.attributed = { speaker: value.slice('attributed: '.length), ...(kind ? { kind } : {}) };
    } else if (value === 'disputed' || value.startsWith('disputed: '))
      tags.disputed = { reason: value.slice('disputed: '.length) };
    else tags.free.push(value);
  }
  return tags;
}

function claimFrom(annotation: Annotation, anchor: Anchor, orphaned: boolean): Claim {
  const id = lastPart(annotation.id);
  const held = bodyWith(annotation, 'moderating', 'not-for-publication');
  return {
    id,
    number: Number(/Claim (\d+)/.exec(annotation.label ?? '')?.[1] ?? 0),
    markId: id,
    anchor,
    tags: tagsOf(annotation),
    verdict: keyIn(VERDICTS, bodyWith(annotation, 'assessing')?.id, 'verdict') ?? 'unrated',
    verdictBy: '',
    note: bodyWith(annotation, 'commenting', 'note')?.value ?? '',
    publicExplanation: bodyWith(annotation, 'describing', 'explanation')?.value ?? '',
    noEvidenceReason: '',
    notForPublication: held?.value ? { reason: held.value, by: '', at: '' } : null,
    status: keyIn(REVIEW_STATUSES, bodyWith(annotation, 'classifying', 'status')?.id, 'status') ?? 'open',
    comments: [],
    orphaned,
    createdBy: annotation.creator?.name ?? '',
    createdAt: annotation.created ?? '',
    updatedBy: annotation.creator?.name ?? '',
    updatedAt: annotation.created ?? '',
  };
}

function commentFrom(annotation: Annotation): Comment {
  return {
    id: lastPart(annotation.id),
    author: annotation.creator?.name ?? '',
    text: bodyWith(annotation, 'replying')?.value ?? '',
    createdAt: annotation.created ?? '',
    editedAt: annotation.modified ?? null,
    resolved: annotation.body.some((b) => b.purpose === 'tagging' && b.value === 'resolved'),
    kind:
      keyIn(COMMENT_KINDS_LIST, bodyWith(annotation, 'classifying', 'comment-kind')?.id, 'comment-kind') ?? 'comment',
  };
}

export function importAnnotations(project: Project, document: unknown): AnnotationImport {
  const collection = Collection.safeParse(document);
  if (!collection.success)
    return {
      project,
      added: [],
      problems: ['This is not a Web Annotation collection (AnnotationCollection with a first page of items).'],
    };
  const problems: string[] = [];
  const annotations = collection.data.first.items.flatMap((item, index) => {
    const parsed = Annotation.safeParse(item);
    if (!parsed.success) problems.push(`Item ${index + 1} is not an annotation Factdesk can read; it was skipped.`);
    return parsed.success ? [parsed.data] : [];
  });
  const { text } = plainTextOf(project.article.body);
  const toUtf16 = utf16Offsets(text);
  const existing = new Set(project.claims.map((claim) => claim.id));
  let body = project.article.body;
  const claims = new Map<string, Claim>();
  for (const annotation of annotations.filter((a) => a.motivation === 'assessing' && typeof a.target !== 'string')) {
    const id = lastPart(annotation.id);
    if (existing.has(id)) continue;
    const target = annotation.target as { selector: z.infer<typeof Selector>[] };
    const anchor = anchorFromSelectors(target.selector, toUtf16);
    if (!anchor) {
      problems.push(`${annotation.label ?? id} has no quote to place; it was skipped.`);
      continue;
    }
    const range = locateAnchor(text, anchor);
    if (range) body = wrapRangeInMark(body, range.start, range.end, id);
    else problems.push(`${annotation.label ?? id}: its quote is not in this article; it was kept without a highlight.`);
    claims.set(annotation.id, claimFrom(annotation, anchor, range === null));
  }
  for (const reply of annotations.filter((a) => a.motivation === 'replying' && typeof a.target === 'string')) {
    const claim = claims.get(reply.target as string);
    if (claim) claim.comments.push(commentFrom(reply));
  }
  const evidence = evidenceFrom(annotations, claims, project, problems);
  const numbered = withUniqueNumbers([...project.claims, ...claims.values()], project.nextClaimNumber);
  const imported = refreshClaimAnchors({
    ...project,
    article: { ...project.article, body },
    claims: numbered.claims,
    nextClaimNumber: numbered.nextClaimNumber,
    evidence: [...project.evidence, ...evidence],
  });
  const added = imported.claims.filter((claim) => !existing.has(claim.id)).map((claim) => claim.number);
  return { project: imported, added, problems };
}

function evidenceFrom(
  annotations: Annotation[],
  claims: Map<string, Claim>,
  project: Project,
  problems: string[],
): EvidenceLink[] {
  const links: EvidenceLink[] = [];
  const taken = new Set(project.evidence.map((link) => link.id));
  for (const annotation of annotations.filter((a) => a.motivation === 'linking' && typeof a.target !== 'string')) {
    const claim = claims.get(annotation.body.find((b) => b.purpose === 'linking')?.source ?? '');
    const target = annotation.target as { source: string; selector: z.infer<typeof Selector>[] };
    const source = project.sources.find(
      (s) => (s.url !== '' && s.url === target.source) || target.source.endsWith(`:source:${encodeURIComponent(s.id)}`),
    );
    const id = lastPart(annotation.id);
    if (!claim || taken.has(id)) continue;
    if (!source) {
      problems.push(`${annotation.label ?? id}: its source is not in this project; the link was skipped.`);
      continue;
    }
    const anchor = anchorFromSelectors(target.selector, utf16Offsets(source.text));
    const range = anchor && locateAnchor(source.text, anchor);
    if (!anchor || !range) {
      problems.push(`${annotation.label ?? id}: the excerpt is not in the source’s text; the link was skipped.`);
      continue;
    }
    const stance = keyIn(STANCES, bodyWith(annotation, 'classifying', 'stance')?.id, 'stance') ?? 'context';
    const note = annotation.body.find((b) => b.purpose === 'commenting')?.value ?? '';
    links.push({
      id,
      claimId: claim.id,
      sourceId: source.id,
      stance,
      anchor: { ...anchor, position: { start: range.start, end: range.end } },
      note,
      createdBy: annotation.creator?.name ?? '',
      createdAt: annotation.created ?? '',
    });
  }
  return links;
}
