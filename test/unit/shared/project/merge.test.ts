import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeProjects, resolveClaimConflicts } from '../../../../shared/project/merge';
import { bodyFromPlainText } from '../../../../shared/article/lexical-json';
import { createEmptyProject } from '../../../../shared/project/new-project';
import type { ActivityEntry, Claim, Comment, EvidenceLink, Project, Source } from '../../../../shared/project/schema';

const anchor = { position: { start: 0, end: 5 }, quote: { exact: 'Water', prefix: '', suffix: '' } };

function claim(id: string, note = '', comments: Comment[] = [], number = Number(id.replace(/\D/g, '')) || 1): Claim {
  return {
    id,
    number,
    markId: `mark_${id}`,
    anchor,
    tags: { attributed: null, disputed: null, free: [] },
    verdict: 'unrated',
    verdictBy: '',
    note,
    publicExplanation: '',
    noEvidenceReason: '',
    notForPublication: null,
    status: 'open',
    comments,
    orphaned: false,
    createdBy: 'Ana',
    createdAt: '2026-05-01T10:00:00Z',
    updatedBy: 'Ana',
    updatedAt: '2026-05-01T10:00:00Z',
  };
}
const comment = (id: string, text: string): Comment => ({
  id,
  author: 'Ben',
  text,
  createdAt: '2026-05-01T11:00:00Z',
  editedAt: null,
  resolved: false,
  kind: 'comment',
});
const source = (id: string): Source => ({
  id,
  title: `Source ${id}`,
  outlet: '',
  author: '',
  url: '',
  fileName: '',
  accessedAt: '',
  publishedDate: '',
  text: 'Water rates rose.',
});
const link = (id: string, claimId: string, sourceId: string): EvidenceLink => ({
  id,
  claimId,
  sourceId,
  stance: 'supports',
  anchor,
  note: '',
  createdBy: '',
  createdAt: '',
});
const entry = (id: string, at: string): ActivityEntry => ({
  id,
  at,
  actor: 'Ana',
  action: 'marked',
  claimId: null,
  detail: '',
});

function project(parts: Partial<Project> = {}): Project {
  return { ...createEmptyProject(new Date('2026-05-01T09:00:00Z')), id: 'prj_merge', ...parts };
}

describe('mergeProjects (examples)', () => {
  const base = project({
    claims: [claim('c1', 'base note'), claim('c2')],
    article: { ...project().article, title: 'Rates', body: bodyFromPlainText('Water rates rose.') },
  });

  it('takes their body when only they changed it, mine when I changed it', () => {
    const theirs = { ...base, article: { ...base.article, body: bodyFromPlainText('Water rates rose by 9%.') } };
    expect(mergeProjects(base, base, theirs).project.article.body).toEqual(theirs.article.body);
    const mine = { ...base, article: { ...base.article, body: bodyFromPlainText('Water rates rose sharply.') } };
    expect(mergeProjects(base, mine, theirs).project.article.body).toEqual(mine.article.body);
  });

  it('keeps claims added on each side and takes one-sided edits', () => {
    const mine = { ...base, claims: [claim('c1', 'my note'), claim('c2'), claim('c3')] };
    const theirs = { ...base, claims: [claim('c1', 'base note'), claim('c2', 'their note'), claim('c4')] };
    const { project: merged, conflicts } = mergeProjects(base, mine, theirs);
    expect(merged.claims.map((c) => [c.id, c.note])).toEqual([
      ['c1', 'my note'],
      ['c2', 'their note'],
      ['c3', ''],
      ['c4', ''],
    ]);
    expect(conflicts).toEqual([]);
  });

  it('reports a claim changed on both sides, with both versions, and lets the user pick', () => {
    const mine = { ...base, claims: [claim('c1', 'my note', [comment('m1', 'mine')]), claim('c2')] };
    const theirs = { ...base, claims: [claim('c1', 'their note', [comment('t1', 'theirs')]), claim('c2')] };
    const { project: merged, conflicts } = mergeProjects(base, mine, theirs);
    expect(conflicts.map((c) => [c.claimId, c.mine.note, c.theirs.note])).toEqual([['c1', 'my note', 'their note']]);
    expect(conflicts[0].theirs.comments.map((c) => c.id)).toEqual(['m1', 't1']);
    expect(merged.claims[0].note).toBe('my note');
    const picked = resolveClaimConflicts(merged, conflicts, { c1: 'theirs' });
    expect(picked.claims[0].note).toBe('their note');
    expect(picked.claims[0].comments.map((c) => c.id)).toEqual(['m1', 't1']);
  });

  it('merges the activity log from both sides in time order', () => {
    const mine = { ...base, activity: [entry('a1', '2026-05-01T10:00:00Z'), entry('a3', '2026-05-01T12:00:00Z')] };
    const theirs = { ...base, activity: [entry('a1', '2026-05-01T10:00:00Z'), entry('a2', '2026-05-01T11:00:00Z')] };
    expect(mergeProjects(base, mine, theirs).project.activity.map((e) => e.id)).toEqual(['a1', 'a2', 'a3']);
  });
});

describe('mergeProjects keeps claim numbers unique', () => {
  it('a claim made on each side with the same new number: the one only they have gets the next free number', () => {
    const base = project({ claims: [claim('c1')], nextClaimNumber: 2 });
    const mine = { ...base, claims: [claim('c1'), { ...claim('c_mine'), number: 2 }], nextClaimNumber: 3 };
    const theirs = { ...base, claims: [claim('c1'), { ...claim('c_theirs'), number: 2 }], nextClaimNumber: 3 };
    const { project: merged } = mergeProjects(base, mine, theirs);
    expect(merged.claims.map((c) => [c.id, c.number])).toEqual([
      ['c1', 1],
      ['c_mine', 2],
      ['c_theirs', 3],
    ]);
    expect(merged.nextClaimNumber).toBe(4);
  });
});

// ---- Property tests: two people edit one base at random, then merge. ----

const ids = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f');
const notes = fc.constantFrom('', 'checked', 'needs source', 'disputed by council');

const arbClaim = fc
  .record({
    id: ids,
    note: notes,
    comments: fc.uniqueArray(fc.record({ id: ids, text: notes }), { selector: (c) => c.id, maxLength: 3 }),
  })
  .map(({ id, note, comments }) =>
    claim(
      `c_${id}`,
      note,
      comments.map((c) => comment(`m_${c.id}`, c.text)),
      'abcdef'.indexOf(id) + 1,
    ),
  );

const arbProject = fc
  .record({
    title: notes,
    body: notes,
    claims: fc.uniqueArray(arbClaim, { selector: (c) => c.id, maxLength: 5 }),
    sources: fc.uniqueArray(ids, { maxLength: 3 }),
    evidence: fc.uniqueArray(fc.tuple(ids, ids, ids), { selector: (t) => t[0], maxLength: 4 }),
    activity: fc.uniqueArray(fc.tuple(ids, fc.integer({ min: 10, max: 20 })), { selector: (t) => t[0], maxLength: 5 }),
  })
  .map((p) =>
    project({
      article: { ...project().article, title: p.title, body: bodyFromPlainText(p.body || 'Empty') },
      claims: p.claims,
      nextClaimNumber: 7,
      sources: p.sources.map((s) => source(`s_${s}`)),
      evidence: p.evidence.map(([id, c, s]) => link(`e_${id}`, `c_${c}`, `s_${s}`)),
      activity: p.activity.map(([id, hour]) => entry(`l_${id}`, `2026-05-01T${hour}:00:00Z`)),
    }),
  );

const idsOf = (items: { id: string }[]) => new Set(items.map((item) => item.id));
const commentKeys = (p: Project) => new Set(p.claims.flatMap((c) => c.comments.map((m) => `${c.id}/${m.id}`)));

function expectContains(merged: Set<string>, side: Set<string>) {
  for (const id of side) expect(merged.has(id), `lost ${id}`).toBe(true);
}

describe('mergeProjects (properties)', () => {
  const trio = fc.tuple(fc.option(arbProject, { nil: null }), arbProject, arbProject);

  it('is deterministic', () => {
    fc.assert(
      fc.property(trio, ([base, mine, theirs]) => {
        expect(mergeProjects(base, mine, theirs)).toEqual(
          mergeProjects(structuredClone(base), structuredClone(mine), structuredClone(theirs)),
        );
      }),
      { numRuns: 1000 },
    );
  });

  it('never loses a claim, comment, evidence link, source or log entry present on either side', () => {
    fc.assert(
      fc.property(trio, ([base, mine, theirs]) => {
        const { project: merged, conflicts } = mergeProjects(base, mine, theirs);
        for (const side of [mine, theirs]) {
          expectContains(idsOf(merged.claims), idsOf(side.claims));
          expectContains(idsOf(merged.evidence), idsOf(side.evidence));
          expectContains(idsOf(merged.sources), idsOf(side.sources));
          expectContains(idsOf(merged.activity), idsOf(side.activity));
          expectContains(commentKeys(merged), commentKeys(side));
          // Whichever side the user picks for each conflict, nothing is lost either.
          const theirsPicked = resolveClaimConflicts(
            merged,
            conflicts,
            Object.fromEntries(conflicts.map((c) => [c.claimId, 'theirs'])),
          );
          expectContains(commentKeys(theirsPicked), commentKeys(side));
        }
        expect(merged.claims.length).toBe(idsOf(merged.claims).size);
      }),
      { numRuns: 1000 },
    );
  });

  it('merging a version with itself changes nothing', () => {
    fc.assert(
      fc.property(fc.option(arbProject, { nil: null }), arbProject, (base, mine) => {
        expect(mergeProjects(base, mine, structuredClone(mine))).toEqual({ project: mine, conflicts: [] });
      }),
      { numRuns: 1000 },
    );
  });

  it('when I changed nothing, their article and claim edits come through without conflicts (deleted comments stay)', () => {
    fc.assert(
      fc.property(arbProject, arbProject, (base, theirs) => {
        const { project: merged, conflicts } = mergeProjects(base, base, theirs);
        expect(conflicts).toEqual([]);
        expect(merged.article).toEqual(theirs.article);
        for (const claim of theirs.claims) {
          const found = merged.claims.find((c) => c.id === claim.id)!;
          expect({ ...found, comments: [] }).toEqual({ ...claim, comments: [] });
          expectContains(idsOf(found.comments), idsOf(claim.comments));
        }
      }),
      { numRuns: 1000 },
    );
  });
});
