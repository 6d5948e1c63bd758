import { writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

/**
 * A V8 heap snapshot of the page (after two forced GCs), written to a file
 * Chrome's DevTools can load, and summarised here: self size by constructor,
 * and the objects that retain the most (dominator tree, weak edges ignored,
 * as DevTools does) with the path that holds them.
 */
interface RawSnapshot {
  snapshot: {
    meta: { node_fields: string[]; node_types: [string[]]; edge_fields: string[]; edge_types: [string[]] };
    node_count: number;
  };
  nodes: number[];
  edges: number[];
  strings: string[];
}

export async function writeHeapSnapshot(page: Page, file: string): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const chunks: string[] = [];
  cdp.on('HeapProfiler.addHeapSnapshotChunk', ({ chunk }) => chunks.push(chunk));
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  await cdp.detach();
  const text = chunks.join('');
  writeFileSync(file, text);
  summarise(JSON.parse(text) as RawSnapshot);
  return file;
}

export class HeapGraph {
  readonly count: number;
  readonly firstEdge: Int32Array;
  private readonly nodeWidth: number;
  private readonly edgeWidth: number;
  private readonly field: Record<string, number> = {};

  constructor(readonly raw: RawSnapshot) {
    const { node_fields, edge_fields } = raw.snapshot.meta;
    this.nodeWidth = node_fields.length;
    this.edgeWidth = edge_fields.length;
    node_fields.forEach((name, i) => (this.field[`node.${name}`] = i));
    edge_fields.forEach((name, i) => (this.field[`edge.${name}`] = i));
    this.count = raw.nodes.length / this.nodeWidth;
    this.firstEdge = new Int32Array(this.count + 1);
    for (let n = 0; n < this.count; n += 1)
      this.firstEdge[n + 1] = this.firstEdge[n] + this.nodeValue(n, 'edge_count') * this.edgeWidth;
  }

  nodeValue(n: number, name: string): number {
    return this.raw.nodes[n * this.nodeWidth + this.field[`node.${name}`]];
  }

  type(n: number): string {
    return this.raw.snapshot.meta.node_types[0][this.nodeValue(n, 'type')];
  }

  name(n: number): string {
    return this.raw.strings[this.nodeValue(n, 'name')];
  }

  /** Constructor for objects, else the kind of thing (strings, arrays, code...). */
  className(n: number): string {
    const type = this.type(n);
    if (type === 'object' || type === 'native') return this.name(n);
    if (type === 'string' || type === 'concatenated string' || type === 'sliced string') return '(string)';
    if (type === 'array' || type === 'hidden') return `(${type}) ${this.name(n).slice(0, 40)}`;
    return `(${type})`;
  }

  *edges(n: number): Generator<{ to: number; type: string; name: string }> {
    const types = this.raw.snapshot.meta.edge_types[0];
    for (let e = this.firstEdge[n]; e < this.firstEdge[n + 1]; e += this.edgeWidth) {
      const type = types[this.raw.edges[e + this.field['edge.type']]];
      const nameOrIndex = this.raw.edges[e + this.field['edge.name_or_index']];
      const name = type === 'element' || type === 'hidden' ? `[${nameOrIndex}]` : this.raw.strings[nameOrIndex];
      yield { to: this.raw.edges[e + this.field['edge.to_node']] / this.nodeWidth, type, name };
    }
  }
}

/** Immediate dominators (Cooper, Harvey & Kennedy's iterative algorithm) from node 0, the synthetic root. */
export function dominators(graph: HeapGraph): { idom: Int32Array; order: Int32Array } {
  const postIndex = new Int32Array(graph.count).fill(-1);
  const order: number[] = [];
  const predecessors: number[][] = Array.from({ length: graph.count }, () => []);
  const stack: { node: number; edges: Generator<{ to: number; type: string }> }[] = [
    { node: 0, edges: graph.edges(0) },
  ];
  const seen = new Uint8Array(graph.count);
  seen[0] = 1;
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    const next = top.edges.next();
    if (next.done) {
      postIndex[top.node] = order.length;
      order.push(top.node);
      stack.pop();
      continue;
    }
    if (next.value.type === 'weak') continue;
    predecessors[next.value.to].push(top.node);
    if (!seen[next.value.to]) {
      seen[next.value.to] = 1;
      stack.push({ node: next.value.to, edges: graph.edges(next.value.to) });
    }
  }
  const idom = new Int32Array(graph.count).fill(-1);
  idom[0] = 0;
  const intersect = (a: number, b: number) => {
    while (a !== b) {
      while (postIndex[a] < postIndex[b]) a = idom[a];
      while (postIndex[b] < postIndex[a]) b = idom[b];
    }
    return a;
  };
  for (let changed = true; changed;) {
    changed = false;
    for (let i = order.length - 2; i >= 0; i -= 1) {
      const node = order[i];
      let dom = -1;
      for (const pred of predecessors[node]) if (idom[pred] !== -1) dom = dom === -1 ? pred : intersect(pred, dom);
      if (dom !== idom[node]) {
        idom[node] = dom;
        changed = true;
      }
    }
  }
  return { idom, order: Int32Array.from(order) };
}

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(2).padStart(6)} MB`;

function summarise(raw: RawSnapshot): void {
  const graph = new HeapGraph(raw);
  const selfByClass = new Map<string, { bytes: number; count: number }>();
  let total = 0;
  for (let n = 0; n < graph.count; n += 1) {
    const size = graph.nodeValue(n, 'self_size');
    total += size;
    const entry = selfByClass.get(graph.className(n)) ?? { bytes: 0, count: 0 };
    entry.bytes += size;
    entry.count += 1;
    selfByClass.set(graph.className(n), entry);
  }
  console.log(`heap snapshot: ${graph.count} nodes, ${mb(total)} self size in all\n\nself size by constructor:`);
  for (const [name, { bytes, count }] of [...selfByClass].sort((a, b) => b[1].bytes - a[1].bytes).slice(0, 30))
    console.log(`${mb(bytes)}  ${String(count).padStart(8)}  ${name}`);

  const { idom, order } = dominators(graph);
  const retained = new Float64Array(graph.count);
  for (const node of order) retained[node] += graph.nodeValue(node, 'self_size');
  for (const node of order) if (node !== 0 && idom[node] >= 0) retained[idom[node]] += retained[node];
  const heldBy = (node: number) => {
    const holders: string[] = [];
    for (let n = 0; n < graph.count && holders.length < 2; n += 1) {
      for (const edge of graph.edges(n))
        if (edge.to === node && edge.type !== 'weak' && graph.type(n) !== 'synthetic')
          holders.push(`${edge.name} of ${graph.className(n).slice(0, 30)}`);
    }
    return holders.join(' | ');
  };
  // A value reachable along two paths is dominated by their meeting point, often the root: list what sits just below the roots.
  const isNative = (n: number) => /^(blink::|<|system \/ ExternalStringData)/.test(graph.className(n));
  const topLevel = [...order].filter(
    (n) =>
      n !== 0 &&
      graph.type(n) !== 'synthetic' &&
      !isNative(n) &&
      graph.type(idom[n]) === 'synthetic' &&
      retained[n] >= 100_000,
  );
  console.log('\nlargest retained just below the GC roots (≥ 100 kB), with what holds them:');
  for (const n of topLevel.sort((a, b) => retained[b] - retained[a]).slice(0, 20))
    console.log(`${mb(retained[n])}  ${graph.className(n).slice(0, 30)}  <- ${heldBy(n)}`);
}
