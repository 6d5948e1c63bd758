import type { ArticleBody } from '../project/schema';

/**
 * The article body as report blocks: the Lexical JSON structure (headings,
 * paragraphs, quotes, lists) with every piece of text placed at its offset in
 * plainTextOf(body). The walk follows the same convention as
 * shared/article/plain-text.ts (leaf blocks joined by "\n"), so claim selectors,
 * which are offsets into that text, land on the right characters.
 */

export interface TextPiece {
  text: string;
  start: number;
  /** Lexical text format bits (bold 1, italic 2, strikethrough 4, underline 8, code 16). */
  format: number;
  /** The href of the enclosing link, as written in the project (not yet checked). */
  link: string | null;
  lineBreak: boolean;
}

export type BlockStyle = 'paragraph' | 'heading' | 'quote' | 'list-item';

export type ArticleBlock =
  | { kind: 'text'; style: BlockStyle; level: number; pieces: TextPiece[] }
  | { kind: 'list'; ordered: boolean; items: ArticleBlock[] };

interface JsonNode {
  type?: unknown;
  text?: unknown;
  url?: unknown;
  tag?: unknown;
  format?: unknown;
  listType?: unknown;
  children?: unknown;
}

const INLINE_ELEMENTS = new Set(['mark', 'link', 'autolink', 'hashtag']);
const STYLE_OF: Record<string, BlockStyle> = { heading: 'heading', quote: 'quote', listitem: 'list-item' };

const childrenOf = (node: JsonNode): JsonNode[] => (Array.isArray(node.children) ? (node.children as JsonNode[]) : []);
const isBlock = (node: JsonNode): boolean => Array.isArray(node.children) && !INLINE_ELEMENTS.has(String(node.type));

class BlockWalker {
  private offset = 0;
  private leaves = 0;

  blocksOf(nodes: JsonNode[], container: JsonNode | null): ArticleBlock[] {
    const blocks: ArticleBlock[] = [];
    let inlineRun: JsonNode[] = [];
    const flush = () => {
      if (inlineRun.length > 0)
        blocks.push(this.leaf(inlineRun, container?.type === 'list' ? 'list-item' : 'paragraph', null));
      inlineRun = [];
    };
    for (const node of nodes) {
      if (!isBlock(node)) {
        inlineRun.push(node);
        // At the top level each stray inline node is a block of its own (as in plainTextOf).
        if (container === null) flush();
        continue;
      }
      flush();
      blocks.push(...this.block(node));
    }
    flush();
    return blocks;
  }

  private block(node: JsonNode): ArticleBlock[] {
    const children = childrenOf(node);
    if (!children.some(isBlock)) return [this.leaf(children, STYLE_OF[String(node.type)] ?? 'paragraph', node)];
    const inner = this.blocksOf(children, node);
    return node.type === 'list' ? [{ kind: 'list', ordered: node.listType === 'number', items: inner }] : inner;
  }

  private leaf(inlines: JsonNode[], style: BlockStyle, node: JsonNode | null): ArticleBlock {
    if (this.leaves > 0) this.offset += 1; // the "\n" between leaf blocks
    this.leaves += 1;
    const pieces: TextPiece[] = [];
    for (const child of inlines) this.inline(child, pieces, null);
    const level = style === 'heading' ? Number(/^h([1-6])$/.exec(String(node?.tag))?.[1] ?? 2) : 0;
    return { kind: 'text', style, level, pieces };
  }

  private inline(node: JsonNode, pieces: TextPiece[], link: string | null): void {
    const format = typeof node.format === 'number' ? node.format : 0;
    if (node.type === 'text' && typeof node.text === 'string')
      return this.piece(pieces, node.text, format, link, false);
    if (node.type === 'linebreak') return this.piece(pieces, '\n', 0, link, true);
    if (node.type === 'tab') return this.piece(pieces, '\t', 0, link, false);
    const href = (node.type === 'link' || node.type === 'autolink') && typeof node.url === 'string' ? node.url : link;
    for (const child of childrenOf(node)) this.inline(child, pieces, href);
  }

  private piece(pieces: TextPiece[], text: string, format: number, link: string | null, lineBreak: boolean): void {
    pieces.push({ text, start: this.offset, format, link, lineBreak });
    this.offset += text.length;
  }
}

export function articleBlocksOf(body: ArticleBody): ArticleBlock[] {
  return new BlockWalker().blocksOf(childrenOf(body.root as JsonNode), null);
}

/** Every text leaf block, in document order (lists flattened). */
export function leafBlocksOf(blocks: readonly ArticleBlock[]): Extract<ArticleBlock, { kind: 'text' }>[] {
  return blocks.flatMap((block) => (block.kind === 'text' ? [block] : leafBlocksOf(block.items)));
}
