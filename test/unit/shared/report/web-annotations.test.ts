import { describe, expect, it } from 'vitest';
import { importAnnotations } from '../../../../shared/report/annotations-import';
import { plainTextOf } from '../../../../shared/article/plain-text';
import { buildReport } from '../../../../shared/report/model';
import { renderReport } from '../../../../shared/report/render';
import { annotationsOf } from '../../../../shared/report/web-annotations';
import type { ArticleBody, Project } from '../../../../shared/project/schema';
import { INTERNAL, loadProject, NEWSROOM_PROJECT } from './fixture';

type Json = Record<string, unknown>;
const project = loadProject(NEWSROOM_PROJECT);

/**
 * The W3C Web Annotation Data Model, as its recommendation describes the
 * parts Factdesk writes: written out here so the test fails when an export
 * leaves one out.
 */
const MOTIVATIONS = [
  'assessing',
  'bookmarking',
  'classifying',
  'commenting',
  'describing',
  'editing',
  'highlighting',
  'identifying',
  'linking',
  'moderating',
  'questioning',
  'replying',
  'tagging',
];

function annotationProblems(annotation: Json): string[] {
  const problems: string[] = [];
  if (annotation.type !== 'Annotation') problems.push('type is not Annotation');
  if (typeof annotation.id !== 'string' || !/^[a-z][a-z0-9+.-]*:/i.test(annotation.id))
    problems.push('id is not an IRI');
  if (!MOTIVATIONS.includes(String(annotation.motivation)))
    problems.push(`motivation ${String(annotation.motivation)} is not in the model`);
  const creator = annotation.creator as Json | undefined;
  if (!creator || creator.type !== 'Person' || typeof creator.name !== 'string')
    problems.push('no creator (Person with a name)');
  if (typeof annotation.created !== 'string' || Number.isNaN(Date.parse(annotation.created)))
    problems.push('no created date-time');
  if (annotation.target === undefined) problems.push('no target');
  for (const body of (annotation.body as Json[] | undefined) ?? []) {
    if (body.purpose !== undefined && !MOTIVATIONS.includes(String(body.purpose)))
      problems.push(`body purpose ${String(body.purpose)} is not a motivation`);
    if (body.type === 'TextualBody' && typeof body.value !== 'string') problems.push('TextualBody without a value');
  }
  return problems;
}

describe('Web Annotations export', () => {
  const report = buildReport(project, INTERNAL);
  const annotations = annotationsOf(report);
  const collection = JSON.parse(renderReport(project, 'annotations', INTERNAL)) as Json;

  it('is an AnnotationCollection with its total, first and last page', () => {
    expect(collection['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(collection.type).toBe('AnnotationCollection');
    const first = collection.first as Json;
    expect(first.type).toBe('AnnotationPage');
    expect(collection.last).toBe(first.id);
    expect(collection.total).toBe((first.items as unknown[]).length);
  });

  it('one annotation per claim, per evidence excerpt and per comment, each with creator and created', () => {
    const byMotivation = (motivation: string) => annotations.filter((a) => a.motivation === motivation);
    expect(byMotivation('assessing')).toHaveLength(9);
    expect(byMotivation('linking')).toHaveLength(5);
    expect(byMotivation('replying')).toHaveLength(3);
    for (const annotation of annotations) expect(annotationProblems(annotation), String(annotation.id)).toEqual([]);
  });

  it('a comment replies to its claim’s annotation', () => {
    const reply = annotations.find((a) => String(a.id).endsWith(':cm2'))!;
    expect(reply.target).toBe('urn:factdesk:prj_northgate_ferry:claim:clm_inner');
    expect(reply.creator).toEqual({ type: 'Person', name: 'María José Ortega' });
    expect((reply.body as Json[])[0]).toEqual({
      type: 'TextualBody',
      value: 'Please name the schedule you compared with, "exactly".',
      format: 'text/plain',
      purpose: 'replying',
    });
  });

  it('claims are labelled by their permanent numbers, and positions count code points (text after an emoji lines up)', () => {
    expect(annotations.filter((a) => a.motivation === 'assessing').map((a) => a.label)).toEqual(
      [1, 2, 3, 4, 5, 7, 8, 9, 10].map((n) => `Claim ${n}`),
    );
    const jobs = annotations.find((annotation) => String(annotation.id).endsWith(':clm_jobs'))!;
    const [quote, position] = (jobs.target as { selector: { exact: string; start: number; end: number }[] }).selector;
    expect([...report.articleText].slice(position.start, position.end).join('')).toBe(quote.exact);
    expect(report.articleText.slice(position.start, position.end)).not.toBe(quote.exact);
    const orphan = annotations.find((annotation) => String(annotation.id).endsWith(':clm_gone'))!;
    expect((orphan.target as { selector: unknown[] }).selector).toHaveLength(1);
  });

  it('links each evidence annotation to its claim and source excerpt', () => {
    const evidence = annotations.find((annotation) => String(annotation.id).endsWith(':evidence:ev3'))!;
    expect((evidence.body as Json[])[0]).toEqual({
      type: 'SpecificResource',
      source: 'urn:factdesk:prj_northgate_ferry:claim:clm_li',
      purpose: 'linking',
    });
    const [quote, position] = (evidence.target as { selector: { exact: string; start: number; end: number }[] })
      .selector;
    expect(project.sources[0].text.slice(position.start, position.end)).toBe(quote.exact);
  });

  it('the publication variant has no internal note and no comments', () => {
    const published = JSON.stringify(
      JSON.parse(renderReport(project, 'annotations', { ...INTERNAL, variant: 'publication' })),
    );
    expect(published).not.toContain('"replying"');
    expect(published).not.toContain('The board’s own timetable contradicts the claim');
  });
});

/** The article with every claim's highlight taken out (the text stays), and no claims or evidence. */
function withoutClaims(source: Project): Project {
  const unwrap = (nodes: unknown[]): unknown[] =>
    nodes.flatMap((node) => {
      const n = node as Json;
      if (n.type === 'mark') return unwrap(n.children as unknown[]);
      return [Array.isArray(n.children) ? { ...n, children: unwrap(n.children) } : n];
    });
  const body = {
    root: { ...source.article.body.root, children: unwrap(source.article.body.root.children) },
  } as ArticleBody;
  return { ...source, article: { ...source.article, body }, claims: [], evidence: [], nextClaimNumber: 1 };
}

describe('import-annotations: an exported collection read back onto the same article', () => {
  const exported = JSON.parse(renderReport(project, 'annotations', INTERNAL));
  const bare = withoutClaims(project);
  const { project: restored, added, problems } = importAnnotations(bare, exported);

  it('recreates every claim with its number, anchor and highlight', () => {
    expect(added).toEqual([1, 2, 3, 4, 5, 7, 8, 9, 10]);
    expect(problems).toEqual(['Claim 10: its quote is not in this article; it was kept without a highlight.']);
    const { marks } = plainTextOf(restored.article.body);
    expect(plainTextOf(restored.article.body).text).toBe(plainTextOf(project.article.body).text);
    for (const original of project.claims) {
      const claim = restored.claims.find((c) => c.id === original.id)!;
      expect(claim.number).toBe(original.number);
      expect(claim.anchor.quote.exact).toBe(original.anchor.quote.exact);
      if (!original.orphaned) {
        expect(claim.anchor.position).toEqual(original.anchor.position);
        expect(marks.get(claim.markId)).toEqual(original.anchor.position);
      } else expect(claim.orphaned).toBe(true);
    }
    expect(restored.nextClaimNumber).toBe(11);
  });

  it('brings back verdict, status, tags, notes, public explanation and comments, and the evidence links', () => {
    for (const original of project.claims) {
      const claim = restored.claims.find((c) => c.id === original.id)!;
      expect({
        ...claim,
        anchor: null,
        markId: null,
        updatedBy: null,
        updatedAt: null,
        verdictBy: null,
        orphaned: null,
      }).toEqual({
        ...original,
        anchor: null,
        markId: null,
        updatedBy: null,
        updatedAt: null,
        verdictBy: null,
        orphaned: null,
      });
    }
    expect(restored.evidence.map((link) => link.id).sort()).toEqual(project.evidence.map((link) => link.id).sort());
    for (const link of project.evidence) expect(restored.evidence.find((l) => l.id === link.id)).toEqual(link);
  });

  it('leaves claims the project already has as they are, and says when a file is not a collection', () => {
    expect(importAnnotations(project, exported).added).toEqual([]);
    expect(importAnnotations(bare, { type: 'Nothing' }).problems).toEqual([
      'This is not a Web Annotation collection (AnnotationCollection with a first page of items).',
    ]);
  });
});
