import type { ArticleBody } from '../project/schema';

/**
 * The plain text of a serialised Lexical document, and where each mark id sits in it.
 *
 * Convention (pinned for every selector in the project file): leaf blocks
 * (paragraphs, headings, quotes, list items) are joined by one "\n"; a
 * line break node is "\n", a tab node "\t"; offsets are JavaScript string
 * indices. The same function runs in the renderer, in main and in the CLI, so
 * selectors agree everywhere without an editor.
 */

export interface MarkRange {
  start: number;
  end: number;
}

export interface PlainTextResult {
  text: string;
  /** mark id -> the span from its first to its last highlighted character */
  marks: Map<string, MarkRange>;
}

interface JsonNode {
  type?: unknown;
  text?: unknown;
  ids?: unknown;
  children?: unknown;
}

const INLINE_ELEMENTS = new Set(['mark', 'link', 'autolink', 'hashtag']);

function childrenOf(node: JsonNode): JsonNode[] {
  return Array.isArray(node.children) ? (node.children as JsonNode[]) : [];
}

function isBlock(node: JsonNode): boolean {
  return Array.isArray(node.children) && !INLINE_ELEMENTS.has(String(node.type));
}

class PlainTextBuilder {
  private parts: string[] = [];
  private length = 0;
  private blocks = 0;
  readonly marks = new Map<string, MarkRange>();

  startBlock(): void {
    if (this.blocks > 0) this.append('\n');
    this.blocks += 1;
  }

  append(text: string): void {
    this.parts.push(text);
    this.length += text.length;
  }

  inline(node: JsonNode, openMarks: readonly string[]): void {
    if (node.type === 'text' && typeof node.text === 'string') return this.appendMarked(node.text, openMarks);
    if (node.type === 'linebreak') return this.appendMarked('\n', openMarks);
    if (node.type === 'tab') return this.appendMarked('\t', openMarks);
    const ids =
      node.type === 'mark' && Array.isArray(node.ids) ? node.ids.filter((x): x is string => typeof x === 'string') : [];
    const inner = ids.length > 0 ? [...openMarks, ...ids] : openMarks;
    for (const child of childrenOf(node)) this.inline(child, inner);
  }

  private appendMarked(text: string, openMarks: readonly string[]): void {
    const start = this.length;
    this.append(text);
    for (const id of openMarks) {
      const range = this.marks.get(id);
      if (range) range.end = this.length;
      else this.marks.set(id, { start, end: this.length });
    }
  }

  block(node: JsonNode): void {
    const children = childrenOf(node);
    if (!children.some(isBlock)) {
      this.startBlock();
      for (const child of children) this.inline(child, []);
      return;
    }
    let inlineRun: JsonNode[] = [];
    const flush = () => {
      if (inlineRun.length === 0) return;
      this.startBlock();
      for (const child of inlineRun) this.inline(child, []);
      inlineRun = [];
    };
    for (const child of children) {
      if (isBlock(child)) {
        flush();
        this.block(child);
      } else inlineRun.push(child);
    }
    flush();
  }

  result(): PlainTextResult {
    return { text: this.parts.join(''), marks: this.marks };
  }
}

export function plainTextOf(body: ArticleBody): PlainTextResult {
  const builder = new PlainTextBuilder();
  for (const child of childrenOf(body.root as JsonNode)) {
    if (isBlock(child)) builder.block(child);
    else {
      builder.startBlock();
      builder.inline(child, []);
    }
  }
  return builder.result();
}
