import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Loads the team's labelled articles (test/fixtures/claim-finder): paragraphs
 * joined by "\n", with `[[claim]]` and `[[claim|Speaker]]` markup turned into
 * spans over the clean text.
 */

export interface LabelledClaim {
  text: string;
  start: number;
  end: number;
  speaker: string | null;
}

export interface LabelledArticle {
  name: string;
  genre: string;
  text: string;
  claims: LabelledClaim[];
}

/** Relative to the repository root, where npm scripts and vitest run. */
export const FIXTURE_ROOT = path.resolve('test', 'fixtures', 'claim-finder');

export function parseLabelledArticle(name: string, source: string): LabelledArticle {
  const marked = source
    .trim()
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s*\n\s*/g, ' ').trim())
    .join('\n');
  const claims: LabelledClaim[] = [];
  let text = '';
  let cursor = 0;
  const pattern = /\[\[([^\]|]+)(?:\|([^\]]+))?\]\]/g;
  for (const match of marked.matchAll(pattern)) {
    text += marked.slice(cursor, match.index);
    const start = text.length;
    text += match[1];
    claims.push({ text: match[1], start, end: text.length, speaker: match[2]?.trim() ?? null });
    cursor = match.index + match[0].length;
  }
  text += marked.slice(cursor);
  return { name, genre: name.split('-')[0], text, claims };
}

export function loadLabelledSet(set: 'tuning' | 'held-out'): LabelledArticle[] {
  const folder = path.join(FIXTURE_ROOT, set);
  return readdirSync(folder)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => parseLabelledArticle(file.replace(/\.txt$/, ''), readFileSync(path.join(folder, file), 'utf8')));
}
