import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate0to1 } from '../../../../shared/project/migrations/0001-from-prototype';
import { migrate1to2 } from '../../../../shared/project/migrations/0002-claim-numbers-and-review';
import { migrate2to3 } from '../../../../shared/project/migrations/0003-yjs-document';
import { plainTextOf } from '../../../../shared/article/plain-text';
import { parseProjectText } from '../../../../shared/project/project-file';
import { ArticleBody, CURRENT_VERSION } from '../../../../shared/project/schema';

const v0Text = readFileSync(path.resolve(__dirname, '../../../fixtures/projects/prototype-v0.factdesk'), 'utf8');

describe('migration 0 -> 1 (prototype plain-text articles)', () => {
  it('turns the plain-text article into paragraphs', () => {
    const migrated = migrate0to1(JSON.parse(v0Text));
    expect(migrated.version).toBe(1);
    const body = ArticleBody.parse((migrated.article as { body: unknown }).body);
    expect(plainTextOf(body).text).toBe(
      'The harbour ferry will run all night from June.\nThe mayor said 3,000 people a night would use it.',
    );
  });

  it('keeps each claim’s quote as its selector and flags it for re-anchoring', () => {
    const migrated = migrate0to1(JSON.parse(v0Text));
    expect(migrated.claims).toEqual([
      {
        id: 'clm_1',
        markId: 'clm_1',
        verdict: 'unverifiable',
        note: 'Ask for the survey.',
        anchor: {
          position: { start: 66, end: 99 },
          quote: { exact: '3,000 people a night would use it', prefix: '', suffix: '' },
        },
        orphaned: true,
      },
    ]);
  });

  it('opens a version 0 file as a current project and says it was migrated', () => {
    const result = parseProjectText(v0Text);
    if (!result.ok) throw new Error(result.problem);
    expect(result.migratedFrom).toBe(0);
    expect(result.project.version).toBe(CURRENT_VERSION);
    expect(result.project.article.title).toBe('Harbour ferry to run all night');
    expect(result.project.claims[0].verdict).toBe('unverifiable');
  });
});

describe('migration 1 -> 2 (permanent claim numbers, review settings)', () => {
  const v1Text = readFileSync(path.resolve(__dirname, '../../../fixtures/projects/review-v1.factdesk'), 'utf8');

  it('numbers the claims as version 1 showed them (document order, the orphan last) and starts the counter after them', () => {
    const migrated = migrate1to2(JSON.parse(v1Text));
    expect(migrated.version).toBe(2);
    expect((migrated.claims as { id: string; number: number }[]).map((c) => [c.id, c.number])).toEqual([
      ['clm_a', 2],
      ['clm_gone', 3],
      ['clm_b', 1],
    ]);
    expect(migrated.nextClaimNumber).toBe(4);
  });

  it('takes who set each verdict from the log, turns the two-person rule on, and says what a version-1 sign-off covered', () => {
    const result = parseProjectText(v1Text);
    if (!result.ok) throw new Error(result.problem);
    expect(result.migratedFrom).toBe(1);
    expect(result.project.version).toBe(CURRENT_VERSION);
    const byId = Object.fromEntries(result.project.claims.map((c) => [c.id, c]));
    expect([byId.clm_a.verdictBy, byId.clm_b.verdictBy, byId.clm_gone.verdictBy]).toEqual(['Ben Ode', 'Ana Sousa', '']);
    expect(byId.clm_a).toMatchObject({
      publicExplanation: '',
      noEvidenceReason: '',
      notForPublication: null,
      note: 'internal',
    });
    expect(result.project.review).toEqual({
      twoPersonRule: true,
      reviewUrl: '',
      organisationName: '',
      organisationUrl: '',
    });
    expect(result.project.signOff).toEqual({
      by: 'María José Ortega',
      at: '2026-10-03T09:00:00.000Z',
      approved: [2],
      notForPublication: [],
      notReviewed: [1, 3],
    });
    expect(result.repairs).toEqual([]);
  });
});

describe('migration 2 -> 3 (the project as a Yjs document)', () => {
  const v2Text = readFileSync(path.resolve(__dirname, '../../../fixtures/projects/demo-v2.factdesk'), 'utf8');

  it('names the document after the project, so every copy of one version-2 project is the same document', () => {
    const migrated = migrate2to3(JSON.parse(v2Text));
    expect(migrated.version).toBe(3);
    expect(migrated.documentId).toBe('prj_demo_city_water');
    expect(migrated).not.toHaveProperty('yjs');
    expect(migrate2to3({ ...JSON.parse(v2Text), documentId: 'doc_kept' }).documentId).toBe('doc_kept');
  });

  it('opens a version-2 file as version 3 with its readable part unchanged and no state yet (main makes it when it opens the file)', () => {
    const result = parseProjectText(v2Text);
    if (!result.ok) throw new Error(result.problem);
    expect(result.migratedFrom).toBe(2);
    expect(result.project.version).toBe(3);
    expect(result.project.yjs).toBeUndefined();
    const { version: _v, documentId: _d, ...rest } = result.project;
    const { version: _v2, ...before } = JSON.parse(v2Text);
    // Every field the file had is kept as it was; the schema only adds its defaults (a source's publishedDate '').
    expect(rest).toMatchObject(before);
  });
});
