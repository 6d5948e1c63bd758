import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { txtBlocks } from '../shared/article/structure/txt-blocks';
import type { LabelledArticle, LabelledClaim } from './claim-fixtures';

/**
 * Loads the real-copy corpus (test/fixtures/real-copy, format in its README):
 * each NAME.txt as the import's plain text, its NAME.json labels placed on
 * that text. A label that is not found is an error, not a silent miss.
 */

export type SpeakerKind = 'person' | 'organization';

export interface RealCopyClaim extends LabelledClaim {
  kind: SpeakerKind | null;
}

export interface RealCopyStructure {
  headline: string;
  standfirst: string | null;
  byline: string | null;
  outlet: string | null;
  date: string | null;
  subheads: string[];
  nonBody: string[];
}

export interface RealCopyArticle extends LabelledArticle {
  style: string;
  /** The batch of later dev copy the article came in (5 for the third round's), if any. */
  batch?: number;
  /** The file as it is, for import tests. */
  raw: string;
  claims: RealCopyClaim[];
  structure: RealCopyStructure;
}

interface LabelFile {
  style: string;
  batch?: number;
  structure: RealCopyStructure;
  claims: { text: string; occurrence?: number; speaker: string | null; kind?: SpeakerKind }[];
}

export const REAL_COPY_ROOT = path.resolve('test', 'fixtures', 'real-copy');
export type RealCopyHalf = 'dev' | 'held-out';

function nthIndexOf(text: string, wanted: string, occurrence: number): number {
  let index = -1;
  for (let count = 0; count < occurrence; count += 1) {
    index = text.indexOf(wanted, index + 1);
    if (index < 0) return -1;
  }
  return index;
}

export function parseRealCopyArticle(name: string, raw: string, labels: LabelFile): RealCopyArticle {
  const text = txtBlocks(raw).join('\n');
  const claims = labels.claims.map((label): RealCopyClaim => {
    const start = nthIndexOf(text, label.text, label.occurrence ?? 1);
    if (start < 0) throw new Error(`${name}: label not found in the text: “${label.text}”`);
    if (label.speaker !== null && !label.kind) throw new Error(`${name}: speaker “${label.speaker}” has no kind`);
    return {
      text: label.text,
      start,
      end: start + label.text.length,
      speaker: label.speaker,
      kind: label.speaker === null ? null : label.kind!,
    };
  });
  return {
    name,
    genre: labels.style,
    style: labels.style,
    ...(labels.batch ? { batch: labels.batch } : {}),
    text,
    raw,
    claims: claims.sort((a, b) => a.start - b.start),
    structure: labels.structure,
  };
}

export function loadRealCopy(half: RealCopyHalf): RealCopyArticle[] {
  const folder = path.join(REAL_COPY_ROOT, half);
  return readdirSync(folder)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => {
      const name = file.replace(/\.txt$/, '');
      const labels = JSON.parse(readFileSync(path.join(folder, `${name}.json`), 'utf8')) as LabelFile;
      return parseRealCopyArticle(name, readFileSync(path.join(folder, file), 'utf8'), labels);
    });
}
