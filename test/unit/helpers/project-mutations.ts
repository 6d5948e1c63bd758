import fc from 'fast-check';

/** Ways to damage a project file's text, for the fuzz suites (project-file-fuzz, validate-open-agree). */

type Json = Record<string, unknown> | unknown[];

/** Walk to a random object or array inside the document (by a list of choices). */
function containerAt(doc: Json, choices: number[]): Json {
  let current: Json = doc;
  for (const choice of choices) {
    const children = Object.values(current).filter((v): v is Json => typeof v === 'object' && v !== null);
    if (children.length === 0) break;
    current = children[choice % children.length];
  }
  return current;
}

function keyAt(container: Json, choice: number): string | number | null {
  const keys = Object.keys(container);
  if (keys.length === 0) return null;
  const key = keys[choice % keys.length];
  return Array.isArray(container) ? Number(key) : key;
}

const choices = fc.array(fc.nat(50), { maxLength: 8 });

/** Each mutation turns the demo's text into something damaged or odd. */
export const mutations: Record<string, fc.Arbitrary<(text: string) => string>> = {
  truncation: fc.nat().map((n) => (text) => text.slice(0, n % text.length)),
  'random bytes': fc.tuple(fc.nat(), fc.string({ unit: 'binary', minLength: 1, maxLength: 20 })).map(
    ([at, junk]) =>
      (text) =>
        text.slice(0, at % text.length) + junk + text.slice((at % text.length) + junk.length),
  ),
  'wrong types': fc.tuple(choices, fc.nat(), fc.jsonValue({ maxDepth: 2 })).map(([path, key, value]) => (text) => {
    const doc = JSON.parse(text) as Json;
    const container = containerAt(doc, path);
    const k = keyAt(container, key);
    if (k !== null) (container as Record<string, unknown>)[k] = value;
    return JSON.stringify(doc);
  }),
  'missing or duplicated ids': fc
    .tuple(fc.constantFrom('claims', 'sources', 'activity'), fc.nat(), fc.nat(), fc.boolean())
    .map(([list, a, b, remove]) => (text) => {
      const doc = JSON.parse(text);
      const items = doc[list] as { id?: string }[];
      if (items.length === 0) return text;
      if (remove) delete items[a % items.length].id;
      else items[a % items.length].id = items[b % items.length].id;
      return JSON.stringify(doc);
    }),
  'dangling references': fc
    .tuple(fc.nat(), fc.constantFrom('claimId', 'sourceId'), fc.string({ minLength: 1, maxLength: 10 }))
    .map(([n, field, target]) => (text) => {
      const doc = JSON.parse(text);
      const anchor = { position: { start: 0, end: 3 }, quote: { exact: 'abc' } };
      const link = { id: `ev_${n}`, claimId: doc.claims[0].id, sourceId: doc.sources[0].id, stance: 'context', anchor };
      doc.evidence.push({ ...link, [field]: `missing_${target}` });
      return JSON.stringify(doc);
    }),
  'huge strings': fc
    .tuple(choices, fc.nat(), fc.integer({ min: 100_000, max: 3_000_000 }))
    .map(([path, key, size]) => (text) => {
      const doc = JSON.parse(text) as Json;
      const container = containerAt(doc, path);
      const k = keyAt(container, key);
      if (k !== null) (container as Record<string, unknown>)[k] = 'ä'.repeat(size);
      return JSON.stringify(doc);
    }),
  'deep nesting': deepNesting(1_000, 200_000),
};

/** Paragraphs (or bare arrays) nested `min` to `max` deep at the top of the article. */
export function deepNesting(min: number, max: number): fc.Arbitrary<(text: string) => string> {
  return fc.tuple(fc.integer({ min, max }), fc.boolean()).map(([depth, asObjects]) => (text) => {
    const doc = JSON.parse(text);
    const deep = asObjects
      ? `${'{"type":"paragraph","children":['.repeat(depth)}${']}'.repeat(depth)}`
      : `${'['.repeat(depth)}${']'.repeat(depth)}`;
    return JSON.stringify(doc).replace('"children":[', `"children":[${deep},`);
  });
}

type Node = { type?: unknown; children?: unknown[]; [field: string]: unknown };

/** Every node of the article body, root first, with the list holding it. */
function bodyNodes(doc: { article: { body: { root: Node } } }): { node: Node; siblings: unknown[] | null }[] {
  const found: { node: Node; siblings: unknown[] | null }[] = [];
  const walk = (node: Node, siblings: unknown[] | null) => {
    found.push({ node, siblings });
    if (Array.isArray(node.children)) for (const child of node.children) walk(child as Node, node.children);
  };
  walk(doc.article.body.root, null);
  return found;
}

const withBody =
  (change: (nodes: { node: Node; siblings: unknown[] | null }[], doc: { article: { body: { root: Node } } }) => void) =>
  (text: string) => {
    const doc = JSON.parse(text);
    change(bodyNodes(doc), doc);
    return JSON.stringify(doc, null, 2);
  };

/** Damage aimed at the article body: the part the editor, not the schema alone, must be able to load. */
export const bodyMutations: Record<string, fc.Arbitrary<(text: string) => string>> = {
  'body: a node type the editor does not know': fc
    .tuple(
      fc.nat(),
      fc.constantFrom(
        'horizontalrule',
        'script',
        'image',
        'table',
        'paragrahp',
        'Paragraph',
        '',
        'collapsible-container',
      ),
    )
    .map(([at, type]) =>
      withBody((nodes) => {
        nodes[at % nodes.length].node.type = type;
      }),
    ),
  'body: a field taken away or given a wrong value': fc
    .tuple(fc.nat(), fc.nat(), fc.option(fc.jsonValue({ maxDepth: 1 }), { nil: undefined }))
    .map(([at, key, value]) =>
      withBody((nodes) => {
        const { node } = nodes[at % nodes.length];
        const keys = Object.keys(node);
        const field = keys[key % keys.length];
        if (value === undefined) delete node[field];
        else node[field] = value;
      }),
    ),
  'body: a node moved somewhere else': fc.tuple(fc.nat(), fc.nat(), fc.nat()).map(([from, to, index]) =>
    withBody((nodes) => {
      const moving = nodes[from % nodes.length];
      const parents = nodes.filter(({ node }) => Array.isArray(node.children) && node !== moving.node);
      if (!moving.siblings || parents.length === 0) return;
      moving.siblings.splice(moving.siblings.indexOf(moving.node), 1);
      const target = parents[to % parents.length].node.children!;
      target.splice(index % (target.length + 1), 0, moving.node);
    }),
  ),
  'fields this version does not know': fc
    .tuple(
      fc.array(fc.nat(50), { maxLength: 6 }),
      fc.string({ minLength: 1, maxLength: 12 }),
      fc.jsonValue({ maxDepth: 2 }),
    )
    .map(([path, key, value]) => (text: string) => {
      const doc = JSON.parse(text);
      const container = containerAt(doc, path);
      if (!Array.isArray(container)) (container as Record<string, unknown>)[`x-${key}`] = value;
      return JSON.stringify(doc, null, 2);
    }),
};
