import { markNode } from '../article/lexical-json';
import type { ArticleBody } from '../project/schema';

/**
 * Highlight a stretch of a serialised article body — plain-text offsets, as
 * plainTextOf counts them — with a mark id, without an editor (the command
 * line's annotation import). Text nodes are split at the edges; each run of
 * covered siblings goes into one new mark node (inside an existing mark when
 * claims overlap: plainTextOf and Lexical read nested marks alike).
 */

type Json = Record<string, unknown>;

const INLINE_ELEMENTS = new Set(['mark', 'link', 'autolink', 'hashtag']);
const NEW_MARK = Symbol('new mark');

const childrenOf = (node: Json): Json[] => (Array.isArray(node.children) ? (node.children as Json[]) : []);
const isBlock = (node: Json) => Array.isArray(node.children) && !INLINE_ELEMENTS.has(String(node.type));

function leafLength(node: Json): number {
  if (node.type === 'text' && typeof node.text === 'string') return node.text.length;
  return node.type === 'linebreak' || node.type === 'tab' ? 1 : 0;
}

class Wrapper {
  offset = 0;
  private blocks = 0;

  constructor(
    private readonly start: number,
    private readonly end: number,
    private readonly id: string,
  ) {}

  private mark(children: Json[]): Json {
    return Object.assign(markNode([this.id], children), { [NEW_MARK]: true }) as Json;
  }

  private leaf(node: Json): Json[] {
    const length = leafLength(node);
    const from = this.offset;
    this.offset += length;
    const [cutStart, cutEnd] = [Math.max(this.start, from), Math.min(this.end, from + length)];
    if (length === 0 || cutStart >= cutEnd) return [node];
    if (node.type !== 'text') return [this.mark([node])];
    const text = node.text as string;
    const piece = (a: number, b: number) => ({ ...node, text: text.slice(a - from, b - from) });
    return [
      ...(cutStart > from ? [piece(from, cutStart)] : []),
      this.mark([piece(cutStart, cutEnd)]),
      ...(cutEnd < from + length ? [piece(cutEnd, from + length)] : []),
    ];
  }

  /** Runs of new marks next to each other become one. */
  private merged(children: Json[]): Json[] {
    const out: Json[] = [];
    for (const child of children) {
      const last = out[out.length - 1];
      if (last && (last as Record<symbol, unknown>)[NEW_MARK] && (child as Record<symbol, unknown>)[NEW_MARK]) {
        out[out.length - 1] = this.mark([...childrenOf(last), ...childrenOf(child)]);
      } else out.push(child);
    }
    return out;
  }

  inline(children: Json[]): Json[] {
    return this.merged(
      children.flatMap((child) =>
        Array.isArray(child.children) ? [{ ...child, children: this.inline(childrenOf(child)) }] : this.leaf(child),
      ),
    );
  }

  private startBlock(): void {
    if (this.blocks > 0) this.offset += 1;
    this.blocks += 1;
  }

  block(node: Json): Json {
    const children = childrenOf(node);
    if (!children.some(isBlock)) {
      this.startBlock();
      return { ...node, children: this.inline(children) };
    }
    const out: Json[] = [];
    let run: Json[] = [];
    const flush = () => {
      if (run.length === 0) return;
      this.startBlock();
      out.push(...this.inline(run));
      run = [];
    };
    for (const child of children) {
      if (isBlock(child)) {
        flush();
        out.push(this.block(child));
      } else run.push(child);
    }
    flush();
    return { ...node, children: out };
  }

  root(children: Json[]): Json[] {
    return children.map((child) => {
      if (isBlock(child)) return this.block(child);
      this.startBlock();
      const [only] = this.inline([child]);
      return only;
    });
  }
}

/** Strips the wrapper's marker: the body is plain JSON again. */
const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

export function wrapRangeInMark(body: ArticleBody, start: number, end: number, id: string): ArticleBody {
  if (end <= start) return body;
  const wrapper = new Wrapper(start, end, id);
  const children = wrapper.root(childrenOf(body.root as Json));
  return plain({ ...body, root: { ...body.root, children } as ArticleBody['root'] });
}
