import * as Y from 'yjs';
import { highestClaimNumber } from '../claims/claim-numbers';
import { plainTextOf } from '../article/plain-text';
import type { ArticleBody, Project, ProjectView, SourceSummary } from '../project/schema';
import { isDeleted, readClaim, writeClaim, type Author, type ClaimView } from './claim-record';
import { claimsOf, evidenceOf, sourcesOf } from './layout';
import {
  readEvidence,
  readProjectFields,
  readSources,
  removeEvidence,
  removeSource,
  writeEvidence,
  writeProjectFields,
  writeSource,
} from './records';

/**
 * Everything of the project in the Y.Doc but the body, read as the file's
 * readable part and written from it. The body is Lexical's (the editor in the
 * window, a headless editor in main); these functions take and give it as JSON.
 */

/** Top-level fields that are not in the `project` map: the lists and body have types of their own; the rest is the file's, not the document's. */
const NOT_IN_PROJECT_MAP = new Set([
  'format',
  'version',
  'article',
  'claims',
  'sources',
  'evidence',
  'activity',
  'heldActivity',
  'documentId',
  'yjs',
  'updatedAt',
]);

/** Claims not deleted, by id. */
export function readClaims(doc: Y.Doc): Map<string, ClaimView> {
  const claims = new Map<string, ClaimView>();
  for (const [id, record] of claimsOf(doc).entries()) if (!isDeleted(record)) claims.set(id, readClaim(record));
  return claims;
}

/** Every number ever given, deleted claims' included: numbers are never given twice. */
export function numbersGiven(doc: Y.Doc): number[] {
  return [...claimsOf(doc).values()].map((record) => Number(record.get('number') ?? 0));
}

/** Claims in the order their highlights stand in the article; those with none (orphans) after, by number. */
export function inDocumentOrder(claims: Iterable<ClaimView>, body: ArticleBody): ClaimView[] {
  const marks = plainTextOf(body).marks;
  const placed: [number, number, ClaimView][] = [];
  const orphans: ClaimView[] = [];
  for (const claim of claims) {
    const range = marks.get(claim.markId);
    if (range) placed.push([range.start, -range.end, claim]);
    else orphans.push(claim);
  }
  placed.sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2].number - b[2].number);
  return [...placed.map(([, , claim]) => claim), ...orphans.sort((a, b) => a.number - b.number)];
}

export interface DocContent {
  /** Project-level fields, the article's details (without body) under `article`. */
  fields: Record<string, unknown>;
  claims: Map<string, ClaimView>;
  sources: SourceSummary[];
  evidence: Project['evidence'];
  nextClaimNumber: number;
}

export function readDocContent(doc: Y.Doc): DocContent {
  const fields = readProjectFields(doc);
  const next = Math.max(
    Number(fields.nextClaimNumber ?? 1),
    highestClaimNumber(numbersGiven(doc).map((number) => ({ number }))) + 1,
  );
  return {
    fields,
    claims: readClaims(doc),
    sources: readSources(doc),
    evidence: readEvidence(doc),
    nextClaimNumber: next,
  };
}

/**
 * The project's readable part from the document and a body: the window's
 * view (sources without texts, no activity — main and the file hold those).
 */
export function viewFromDoc(
  doc: Y.Doc,
  body: ArticleBody,
  base: Pick<ProjectView, 'format' | 'version' | 'activity' | 'heldActivity'> & Partial<ProjectView>,
): ProjectView {
  const content = readDocContent(doc);
  const { article, ...fields } = content.fields;
  return {
    ...base,
    ...fields,
    article: { ...(article as object), body },
    claims: inDocumentOrder(content.claims.values(), body),
    sources: content.sources,
    evidence: content.evidence,
    nextClaimNumber: content.nextClaimNumber,
  } as ProjectView;
}

/**
 * Writes the readable part (all but the body) into the document, changing
 * only what differs: seeding a new document, or bringing one in line with a
 * file edited outside Factdesk. A claim missing from `project` is marked
 * deleted (its record stays), sources and links missing are removed.
 */
export function writeDocContent(
  doc: Y.Doc,
  project: Pick<Project, 'article' | 'claims' | 'evidence'> & { sources: readonly SourceSummary[] } & Record<
      string,
      unknown
    >,
  author: Author,
): void {
  const { body: _body, ...article } = project.article;
  const fields: Record<string, unknown> = { article };
  for (const [key, value] of Object.entries(project)) if (!NOT_IN_PROJECT_MAP.has(key)) fields[key] = value;
  writeProjectFields(doc, fields);
  const claims = claimsOf(doc);
  const ids = new Set<string>();
  for (const claim of project.claims) {
    ids.add(claim.id);
    let record = claims.get(claim.id);
    if (!record) record = claims.set(claim.id, new Y.Map<unknown>());
    if (isDeleted(record)) record.delete('deleted');
    writeClaim(record, claim as ClaimView, {
      ...author,
      by: claim.updatedBy || author.by,
      at: claim.updatedAt || author.at,
    });
  }
  for (const [id, record] of claims.entries())
    if (!ids.has(id) && !isDeleted(record)) record.set('deleted', { by: author.by, at: author.at });
  const sourceIds = new Set(project.sources.map((source) => source.id));
  for (const source of project.sources) writeSource(doc, source);
  for (const id of [...sourcesOf(doc).keys()]) if (!sourceIds.has(id)) removeSource(doc, id);
  const linkIds = new Set(project.evidence.map((link) => link.id));
  const current = new Set(evidenceOf(doc).keys());
  project.evidence.forEach((link, seq) => writeEvidence(doc, link, current.has(link.id) ? undefined : seq));
  for (const id of current) if (!linkIds.has(id)) removeEvidence(doc, id);
}
