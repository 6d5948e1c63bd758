import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { alignedState, docFromState } from '../../../../main/project-doc/document-state';
import { describeMerge, mergeCopies } from '../../../../main/project-doc/merge-copies';
import { plainTextOf } from '../../../../shared/article/plain-text';
import { parseProjectText } from '../../../../shared/project/project-file';
import { withoutMarks } from '../../../../shared/project-doc/stray-marks';
import type { Claim, Project } from '../../../../shared/project/schema';

/**
 * Two copies of one project merged as Yjs documents (issue 18 item 4): each
 * copy is edited as Factdesk saves it (the readable part, its state brought in
 * line), then merged. Every edit of both sides must be in the result.
 */

const DEMO = path.resolve(__dirname, '../../../../demo/city-water-demo.factdesk');

/** The demo as Factdesk saves it: readable part plus its document state. */
function savedDemo(): Project {
  const parsed = parseProjectText(readFileSync(DEMO, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.problem);
  return alignedState(parsed.project);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a project file edited as loose JSON, as a person edits it by hand
type Json = Record<string, any>;

/** A copy edited as the window would, then saved (its state brought in line with what it shows). */
function edited(base: Project, change: (project: Json) => void): Project {
  const copy = structuredClone(base) as Json;
  change(copy);
  return alignedState(copy as Project);
}

function textNodeWith(project: Json, words: string): Json {
  let found: Json | null = null;
  const visit = (node: Json) => {
    if (!found && node.type === 'text' && node.text.includes(words)) found = node;
    for (const child of node.children ?? []) visit(child);
  };
  visit(project.article.body.root);
  if (!found) throw new Error(`no text holds “${words}”`);
  return found;
}

function replaceIn(project: Json, words: string, by: string): void {
  const node = textNodeWith(project, words);
  node.text = node.text.replace(words, by);
}

/** Wraps `words` (inside one text node, outside any mark) in a new highlight, and adds its claim. */
function markClaim(project: Json, words: string, id: string, number: number): void {
  const visit = (parent: Json) => {
    const children: Json[] = parent.children ?? [];
    const at = children.findIndex((child) => child.type === 'text' && child.text.includes(words));
    if (at >= 0) {
      const node = children[at];
      const start = node.text.indexOf(words);
      const piece = (text: string): Json => ({ ...node, text });
      const parts: Json[] = [
        piece(node.text.slice(0, start)),
        { type: 'mark', ids: [id], children: [piece(words)], direction: null, format: '', indent: 0, version: 1 },
        piece(node.text.slice(start + words.length)),
      ].filter((part) => part.type !== 'text' || part.text !== '');
      children.splice(at, 1, ...parts);
      return true;
    }
    return children.some(visit);
  };
  if (!visit(project.article.body.root)) throw new Error(`no text holds “${words}”`);
  const claim: Claim = {
    ...structuredClone(project.claims[0]),
    id,
    markId: id,
    number,
    verdict: 'unrated',
    verdictBy: '',
    note: '',
    comments: [],
    status: 'open',
  };
  project.claims.push(claim);
  project.nextClaimNumber = Math.max(project.nextClaimNumber, number + 1);
}

const claimOf = (project: Project, id: string) => project.claims.find((claim) => claim.id === id);
const textOf = (project: Project) => plainTextOf(project.article.body).text;

function merged(a: Project, b: Project) {
  const result = mergeCopies(a, b, ['a.factdesk', 'b.factdesk']);
  if (!result.ok) throw new Error(result.message);
  return result;
}

describe('merging two copies of one project', () => {
  it('keeps edits both made in the same paragraph, and each word once', () => {
    const base = savedDemo();
    const a = edited(base, (p) => replaceIn(p, 'Households in Port Calder', 'Most households in Port Calder'));
    const b = edited(base, (p) => replaceIn(p, 'on Tuesday night.', 'on Tuesday night, by seven votes to four.'));
    const { project } = merged(a, b);
    expect(textOf(project)).toContain(
      'Most households in Port Calder will pay more for water from April after the city council approved a rate increase on Tuesday night, by seven votes to four.',
    );
    expect(textOf(project).match(/will pay more for water/g)).toHaveLength(1);
    expect(merged(b, a).project.article.body).toEqual(project.article.body);
  });

  it('keeps edits made in different paragraphs', () => {
    const base = savedDemo();
    const a = edited(base, (p) =>
      replaceIn(p, 'Council leader Marion Okafor', 'Council leader Marion Okafor (Labour)'),
    );
    const b = edited(base, (p) => replaceIn(p, 'completed in 1961', 'completed in 1961 and listed in 2004'));
    const text = textOf(merged(a, b).project);
    expect(text).toContain('Council leader Marion Okafor (Labour) said');
    expect(text).toContain('completed in 1961 and listed in 2004, supplies');
  });

  it('keeps overlapping claims marked at once in both copies, each with its highlight, the text once', () => {
    const base = savedDemo();
    const a = edited(base, (p) => markClaim(p, 'Council leader Marion Okafor', 'clm_a', 6));
    const b = edited(base, (p) => markClaim(p, 'Marion Okafor said the rise', 'clm_b', 6));
    const result = merged(a, b);
    const { text, marks } = plainTextOf(result.project.article.body);
    expect(text.match(/Council leader Marion Okafor said the rise was unavoidable/g)).toHaveLength(1);
    expect(text.slice(marks.get('clm_a')!.start, marks.get('clm_a')!.end)).toBe('Council leader Marion Okafor');
    expect(text.slice(marks.get('clm_b')!.start, marks.get('clm_b')!.end)).toBe('Marion Okafor said the rise');
    // Both copies numbered their new claim 6: one keeps it, the other gets the next free number, and the user is told.
    expect(new Set([claimOf(result.project, 'clm_a')!.number, claimOf(result.project, 'clm_b')!.number])).toEqual(
      new Set([6, 7]),
    );
    expect(describeMerge(result.notes).join('\n')).toMatch(/numbered a new claim 6: the later one is now claim 7/);
  });

  it('keeps evidence linked to one claim in each copy, and a source added in each', () => {
    const base = savedDemo();
    const link = (id: string) => ({
      ...structuredClone(base.evidence[0]),
      id,
      claimId: 'clm_leak',
      note: `linked as ${id}`,
    });
    const source = (id: string, title: string) => ({
      ...structuredClone(base.sources[0]),
      id,
      title,
      text: `${title}: the full text.`,
    });
    const a = edited(base, (p) => {
      p.evidence.push(link('ev_a'));
      p.sources.push(source('src_a', 'Leak report A'));
    });
    const b = edited(base, (p) => {
      p.evidence.push(link('ev_b'));
      p.sources.push(source('src_b', 'Leak report B'));
    });
    const { project } = merged(a, b);
    expect(project.evidence.filter((e) => e.claimId === 'clm_leak').map((e) => e.id)).toEqual(
      expect.arrayContaining(['ev_a', 'ev_b']),
    );
    expect(project.sources.map((s) => s.id)).toEqual(expect.arrayContaining(['src_a', 'src_b']));
    expect(project.sources.find((s) => s.id === 'src_b')!.text).toBe('Leak report B: the full text.');
  });

  it('keeps the activity both copies logged, each entry once, in time order', () => {
    const base = savedDemo();
    const entry = (id: string, at: string, actor: string) => ({
      id,
      at,
      actor,
      action: 'rated',
      claimId: 'clm_leak',
      detail: `${actor} rated it`,
    });
    const a = edited(base, (p) => p.activity.push(entry('act_a', '2026-12-02T10:00:00.000Z', 'Ana')));
    const b = edited(base, (p) =>
      p.activity.push(
        entry('act_b1', '2026-12-02T09:00:00.000Z', 'Ben'),
        entry('act_b2', '2026-12-02T11:00:00.000Z', 'Ben'),
      ),
    );
    const ids = merged(a, b).project.activity.map((logged) => logged.id);
    expect(ids.slice(-3)).toEqual(['act_b1', 'act_a', 'act_b2']);
    expect(ids.length).toBe(base.activity.length + 3);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keeps a claim deleted in one copy and changed in the other, as an orphan with its quote, and says so', () => {
    const base = savedDemo();
    const quote = claimOf(base, 'clm_leak')!.anchor.quote.exact;
    const a = edited(base, (p) => {
      p.claims = p.claims.filter((claim: Claim) => claim.id !== 'clm_leak');
      p.article.body = withoutMarks(p.article.body, new Set(['clm_leak']));
    });
    const b = edited(base, (p) => (claimOf(p as Project, 'clm_leak')!.note = 'Regulator’s figure is 23%.'));
    const result = merged(a, b);
    const kept = claimOf(result.project, 'clm_leak')!;
    expect(kept.note).toBe('Regulator’s figure is 23%.');
    expect(kept.orphaned).toBe(true);
    expect(kept.anchor.quote.exact).toBe(quote);
    expect(result.notes.restored.map((line) => line.id)).toEqual(['clm_leak']);
    expect(describeMerge(result.notes).join('\n')).toMatch(
      /Kept claim \d+ .*deleted in one copy but changed in the other/,
    );
  });

  it('lets a delete stand when the other copy did not change the claim', () => {
    const base = savedDemo();
    const a = edited(base, (p) => {
      p.claims = p.claims.filter((claim: Claim) => claim.id !== 'clm_leak');
      p.article.body = withoutMarks(p.article.body, new Set(['clm_leak']));
    });
    const b = edited(base, (p) => replaceIn(p, 'completed in 1961', 'completed in 1962'));
    const result = merged(a, b);
    expect(claimOf(result.project, 'clm_leak')).toBeUndefined();
    expect(plainTextOf(result.project.article.body).marks.has('clm_leak')).toBe(false);
    expect(textOf(result.project)).toContain('completed in 1962');
    expect(result.notes.restored).toEqual([]);
  });

  it('keeps both verdicts set at once, with who and when, and reports them', () => {
    const base = savedDemo();
    const rate = (verdict: string, by: string, at: string) => (p: Json) =>
      Object.assign(claimOf(p as Project, 'clm_leak')!, { verdict, verdictBy: by, updatedBy: by, updatedAt: at });
    const a = edited(base, rate('false', 'Kim', '2026-12-01T10:00:00.000Z'));
    const b = edited(base, rate('accurate', 'Lee', '2026-12-01T10:05:00.000Z'));
    const result = merged(a, b);
    const claim = claimOf(result.project, 'clm_leak')!;
    expect(claim.verdictConflict?.map(({ value, by }) => [value, by])).toEqual(
      expect.arrayContaining([
        ['false', 'Kim'],
        ['accurate', 'Lee'],
      ]),
    );
    expect(result.notes.conflicting.map((line) => line.id)).toEqual(['clm_leak']);
  });

  it('lets the checker settle two verdicts, even to the later one, so that the next merge does not bring the conflict back', () => {
    const base = savedDemo();
    const rate = (verdict: string, by: string, at: string) => (p: Json) =>
      Object.assign(claimOf(p as Project, 'clm_leak')!, { verdict, verdictBy: by, updatedBy: by, updatedAt: at });
    const both = merged(
      edited(base, rate('false', 'Kim', '2026-12-01T10:00:00.000Z')),
      edited(base, rate('accurate', 'Lee', '2026-12-01T10:05:00.000Z')),
    ).project;
    const settled = edited(both, (p) => delete claimOf(p as Project, 'clm_leak')!.verdictConflict);
    expect(claimOf(settled, 'clm_leak')!.verdict).toBe('accurate');
    const again = merged(settled, both).project;
    expect(claimOf(again, 'clm_leak')!.verdictConflict).toBeUndefined();
    expect(claimOf(again, 'clm_leak')!.verdict).toBe('accurate');
  });

  it('gives a result whose document state holds exactly its readable part', () => {
    const base = savedDemo();
    const a = edited(base, (p) => replaceIn(p, 'Households', 'Homes'));
    const b = edited(base, (p) => markClaim(p, 'Marion Okafor', 'clm_b', 6));
    const { project } = merged(a, b);
    expect(alignedState({ ...project, yjs: { ...project.yjs!, checksum: '' } }).yjs!.updates).toEqual(
      project.yjs!.updates,
    );
    expect(docFromState(project.yjs!)).toBeTruthy();
  });

  it('refuses copies of different projects, saying so', () => {
    const base = savedDemo();
    const other = edited(base, (p) => (p.documentId = 'prj_other_story'));
    const result = mergeCopies(base, other, ['a.factdesk', 'b.factdesk']);
    expect(result).toMatchObject({ ok: false, kind: 'different-documents' });
    if (!result.ok) expect(result.message).toMatch(/‘a\.factdesk’ and ‘b\.factdesk’ are not copies of one project/);
  });
});
