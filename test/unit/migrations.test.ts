import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate0to1 } from '../../shared/migrations/0001-from-prototype';
import { plainTextOf } from '../../shared/plain-text';
import { parseProjectText } from '../../shared/project-file';
import { ArticleBody } from '../../shared/schema';

const v0Text = readFileSync(path.resolve(__dirname, '../fixtures/projects/prototype-v0.factdesk'), 'utf8');

describe('migration 0 -> 1 (prototype plain-text articles)', () => {
  it('turns the plain-text article into paragraphs', () => {
    const migrated = migrate0to1(JSON.parse(v0Text));
    expect(migrated.version).toBe(1);
    const body = ArticleBody.parse((migrated.article as { body: unknown }).body);
    expect(plainTextOf(body).text).toBe('The harbour ferry will run all night from June.\nThe mayor said 3,000 people a night would use it.');
  });

  it('keeps each claim’s quote as its selector and flags it for re-anchoring', () => {
    const migrated = migrate0to1(JSON.parse(v0Text));
    expect(migrated.claims).toEqual([
      {
        id: 'clm_1',
        markId: 'clm_1',
        verdict: 'unverifiable',
        note: 'Ask for the survey.',
        anchor: { position: { start: 66, end: 99 }, quote: { exact: '3,000 people a night would use it', prefix: '', suffix: '' } },
        orphaned: true,
      },
    ]);
  });

  it('opens a version 0 file as a current project and says it was migrated', () => {
    const result = parseProjectText(v0Text);
    if (!result.ok) throw new Error(result.problem);
    expect(result.migratedFrom).toBe(0);
    expect(result.project.version).toBe(1);
    expect(result.project.article.title).toBe('Harbour ferry to run all night');
    expect(result.project.claims[0].verdict).toBe('unverifiable');
  });
});
