import { escapeHtml } from '../../shared/report/escape';
import { parseSanitizedHtml } from './sanitize-html';

/**
 * Long HTML a few hundred blocks at a time, each chunk sanitised and parsed
 * as a document of its own (what Lexical's $generateNodesFromDOM reads), so
 * that it goes into the editor with pauses in between: no step takes longer
 * than one chunk. Plain containers (a page's wrapping <div>s) are looked
 * into: their blocks are the units, else a page wrapped in one <div> would
 * be one chunk.
 */

export const BLOCKS_PER_CHUNK = 250;

const CONTAINERS = new Set(['DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'ASIDE', 'NAV', 'FIGURE']);
const BLOCKS = new Set([
  ...CONTAINERS,
  'P',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'BLOCKQUOTE',
  'UL',
  'OL',
  'TABLE',
  'PRE',
]);

/** A container holding blocks: opening it up changes nothing Lexical makes of it (inline content stays whole). */
function isContainerOfBlocks(node: ChildNode): boolean {
  return (
    node instanceof Element &&
    CONTAINERS.has(node.tagName) &&
    [...node.children].some((child) => BLOCKS.has(child.tagName))
  );
}

/** The units in document order: the body's children, with containers of elements opened up. */
function unitsOf(body: HTMLElement): ChildNode[] {
  const units: ChildNode[] = [];
  // Last first, so that pop() takes them in document order. (No push(...spread): a container may hold 100,000 nodes.)
  const pending: ChildNode[] = [];
  const later = (nodes: NodeListOf<ChildNode>) => {
    for (let index = nodes.length - 1; index >= 0; index -= 1) pending.push(nodes[index]);
  };
  later(body.childNodes);
  while (pending.length > 0) {
    const node = pending.pop()!;
    if (isContainerOfBlocks(node)) later(node.childNodes);
    else units.push(node);
  }
  return units;
}

export interface HtmlChunk {
  document: Document;
  /** Units done once this chunk is in, and in all. */
  done: number;
  total: number;
}

/** A unit as HTML again: elements and text (comments and the like are dropped). */
function htmlOf(node: ChildNode): string {
  if (node instanceof Element) return node.outerHTML;
  return node.nodeType === Node.TEXT_NODE ? escapeHtml(node.textContent ?? '') : '';
}

export function* htmlChunks(html: string, size = BLOCKS_PER_CHUNK): Generator<HtmlChunk> {
  // Parsed once only to find the blocks, in an inert document (DOMParser runs no scripts and loads nothing).
  const units = unitsOf(new DOMParser().parseFromString(html, 'text/html').body);
  for (let start = 0; start < units.length; start += size) {
    const document = parseSanitizedHtml(
      units
        .slice(start, start + size)
        .map(htmlOf)
        .join(''),
    );
    yield { document, done: Math.min(start + size, units.length), total: units.length };
  }
}
