import type { ArticleBody } from '../project/schema';

/**
 * Builders for serialised Lexical nodes, for code that must create article
 * bodies without an editor (new projects, imports in main, migrations, tests).
 */

export interface SerializedTextJSON {
  type: 'text';
  text: string;
  format: number;
  detail: number;
  mode: 'normal';
  style: string;
  version: 1;
}

export function textNode(text: string, format = 0): SerializedTextJSON {
  return { type: 'text', text, format, detail: 0, mode: 'normal', style: '', version: 1 };
}

export function elementNode(type: string, children: unknown[], extra: Record<string, unknown> = {}) {
  return { type, children, direction: null, format: '', indent: 0, version: 1, ...extra };
}

export function paragraphNode(children: unknown[]) {
  return elementNode('paragraph', children, { textFormat: 0, textStyle: '' });
}

export function headingNode(tag: 'h1' | 'h2' | 'h3', children: unknown[]) {
  return elementNode('heading', children, { tag });
}

export function quoteNode(children: unknown[]) {
  return elementNode('quote', children);
}

export function markNode(ids: string[], children: unknown[]) {
  return elementNode('mark', children, { ids });
}

export function bodyOf(blocks: unknown[]): ArticleBody {
  return {
    root: { ...elementNode('root', blocks), type: 'root', children: blocks as ArticleBody['root']['children'] },
  };
}

/** A body of plain paragraphs, one per line of the text (blank lines dropped). */
export function bodyFromPlainText(text: string): ArticleBody {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  const blocks = lines.length > 0 ? lines.map((line) => paragraphNode([textNode(line)])) : [paragraphNode([])];
  return bodyOf(blocks);
}
