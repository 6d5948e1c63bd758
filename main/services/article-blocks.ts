import { DomUtils, parseDocument } from 'htmlparser2';
import type { ImportBlock } from '../../shared/article-structure/structured-import';

type ChildNode = ReturnType<typeof parseDocument>['children'][number];
type Element = Extract<ChildNode, { name: string; attribs: Record<string, string> }>;
const isTag = (node: ChildNode): node is Element => 'name' in node && 'attribs' in node;
const render = (node: ChildNode) => DomUtils.getOuterHTML(node);

/**
 * The blocks of an article's HTML (from .html, .md or .docx), in order, for
 * structure recognition: paragraphs, headings, quotations, lists, figures.
 * Wrappers (div, section, article, header...) are walked into; scripts and
 * styles are skipped.
 */

const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'ul', 'ol', 'figure', 'figcaption', 'pre', 'table', 'address', 'time']);
const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'head', 'title', 'nav', 'button', 'form', 'svg']);

function textOf(node: ChildNode): string {
  return DomUtils.textContent(node);
}

function hintOf(element: Element): ImportBlock['hint'] {
  if (element.name === 'h1') return 'title';
  if (/^h[2-6]$/.test(element.name)) return 'heading';
  if (element.name === 'figure' || element.name === 'figcaption') return 'caption';
  return undefined;
}

function walk(nodes: readonly ChildNode[], into: ImportBlock[]): void {
  for (const node of nodes) {
    if (!isTag(node) || SKIPPED.has(node.name)) continue;
    if (BLOCKS.has(node.name)) {
      const text = textOf(node).replace(/\s+/g, ' ').trim();
      if (text) into.push({ text, html: render(node), hint: hintOf(node) });
    } else walk(node.children, into);
  }
}

export function htmlBlocks(html: string): ImportBlock[] {
  const blocks: ImportBlock[] = [];
  walk(parseDocument(html).children, blocks);
  return blocks;
}
