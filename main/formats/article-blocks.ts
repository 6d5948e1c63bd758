import { DomUtils, parseDocument } from 'htmlparser2';
import type { ImportBlock } from '../../shared/article/structure/structured-import';

type ChildNode = ReturnType<typeof parseDocument>['children'][number];
type Element = Extract<ChildNode, { name: string; attribs: Record<string, string> }>;
const isTag = (node: ChildNode): node is Element => 'name' in node && 'attribs' in node;
const render = (node: ChildNode) => DomUtils.getOuterHTML(node);

/**
 * The blocks of an article's HTML (from .html, .md or .docx), in order, for
 * structure recognition: paragraphs, headings, quotations, lists, figures.
 * Wrappers (div, section, article, header...) are walked into; text and
 * inline elements directly inside one (a page of <div> paragraphs) make a
 * paragraph of their own. Scripts and styles are skipped.
 */

const BLOCKS = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'ul',
  'ol',
  'figure',
  'figcaption',
  'pre',
  'table',
  'address',
  'time',
]);
const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'head', 'title', 'nav', 'button', 'form', 'svg']);
const INLINE = new Set(
  'a abbr b bdi bdo br cite code data del dfn em font i img ins kbd mark q s samp small span strike strong sub sup u var wbr'.split(
    ' ',
  ),
);

function textOf(node: ChildNode): string {
  return DomUtils.textContent(node);
}

function hintOf(element: Element): ImportBlock['hint'] {
  if (element.name === 'h1') return 'title';
  if (/^h[2-6]$/.test(element.name)) return 'heading';
  if (element.name === 'figure' || element.name === 'figcaption') return 'caption';
  return undefined;
}

function push(into: ImportBlock[], nodes: readonly ChildNode[], block: Element | null): void {
  const text = nodes.map(textOf).join('').replace(/\s+/g, ' ').trim();
  if (!text) return;
  if (block) into.push({ text, html: render(block), hint: hintOf(block) });
  else into.push({ text, html: `<p>${nodes.map(render).join('').trim()}</p>` });
}

function walk(nodes: readonly ChildNode[], into: ImportBlock[]): void {
  let loose: ChildNode[] = [];
  const endLoose = () => {
    push(into, loose, null);
    loose = [];
  };
  for (const node of nodes) {
    if (!isTag(node)) {
      if (node.type === 'text') loose.push(node);
    } else if (INLINE.has(node.name)) loose.push(node);
    else if (SKIPPED.has(node.name)) continue;
    else {
      endLoose();
      if (BLOCKS.has(node.name)) push(into, [node], node);
      else walk(node.children, into);
    }
  }
  endLoose();
}

export function htmlBlocks(html: string): ImportBlock[] {
  const blocks: ImportBlock[] = [];
  walk(parseDocument(html).children, blocks);
  return blocks;
}
