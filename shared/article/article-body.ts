/**
 * What the article editor can load: exactly the Lexical node types it
 * registers (renderer/editor/editor-config.ts plus Lexical's own), the
 * fields each one needs, where each may stand, and how deep the article may
 * nest. Lexical itself loads anything it is given: an unknown type stops the
 * load half-way, and a field of the wrong type is quietly replaced (a text
 * node's `text: 7` becomes ""), so the next save would write less than the
 * file held. validate, open, save and export all check a body with this
 * module, so they agree on what is valid.
 *
 * The walk is iterative: a body nested 100,000 deep is refused, not a stack overflow.
 */

/** Deeper than this, the editor and the report renderers (recursive) are not trusted; real articles nest a dozen levels. */
export const MAX_BODY_DEPTH = 100;

interface FieldCheck {
  test(value: unknown): boolean;
  /** What the value must be, for the message. */
  expected: string;
}

const isNatural = (value: unknown) => Number.isInteger(value) && (value as number) >= 0;
const text: FieldCheck = { test: (v) => typeof v === 'string', expected: 'text' };
const textOrNull: FieldCheck = { test: (v) => v === null || typeof v === 'string', expected: 'text or null' };
const natural: FieldCheck = { test: isNatural, expected: 'a whole number, 0 or more' };
const number: FieldCheck = { test: (v) => typeof v === 'number' && Number.isFinite(v), expected: 'a number' };
const boolean: FieldCheck = { test: (v) => typeof v === 'boolean', expected: 'true or false' };
const nodeState: FieldCheck = {
  test: (v) => typeof v === 'object' && v !== null && !Array.isArray(v),
  expected: 'an object (node state)',
};
const ids: FieldCheck = {
  test: (v) => Array.isArray(v) && v.every((id) => typeof id === 'string'),
  expected: 'a list of claim ids (text)',
};
const oneOf = (...values: readonly unknown[]): FieldCheck => ({
  test: (v) => values.includes(v),
  expected: `one of ${values.map((value) => JSON.stringify(value)).join(', ')}`,
});

type Fields = Record<string, FieldCheck>;

/** Where a node may stand: 'block' under the root; 'inline' inside a block; list items only in lists. */
type Placement = 'root' | 'block' | 'inline' | 'list-item';

interface NodeSpec {
  placement: Placement;
  /** Elements hold `children`; text, tabs and line breaks do not. */
  element: boolean;
  required: Fields;
  optional: Fields;
}

const COMMON: Fields = { version: number, $: nodeState };
const ELEMENT: Fields = {
  ...COMMON,
  direction: oneOf(null, 'ltr', 'rtl'),
  format: oneOf('', 'left', 'start', 'center', 'right', 'end', 'justify'),
  indent: natural,
  textFormat: natural,
  textStyle: text,
};
const TEXT: Fields = {
  ...COMMON,
  format: natural,
  detail: natural,
  mode: oneOf('normal', 'token', 'segmented'),
  style: text,
};
const LINK: Fields = { ...ELEMENT, rel: textOrNull, target: textOrNull, title: textOrNull };

const element = (placement: Placement, required: Fields = {}, optional: Fields = ELEMENT): NodeSpec => ({
  placement,
  element: true,
  required,
  optional,
});
const leaf = (required: Fields, optional: Fields): NodeSpec => ({
  placement: 'inline',
  element: false,
  required,
  optional,
});

export const ARTICLE_NODE_SPECS: Readonly<Record<string, NodeSpec>> = {
  root: element('root'),
  paragraph: element('block'),
  heading: element('block', { tag: oneOf('h1', 'h2', 'h3', 'h4', 'h5', 'h6') }),
  quote: element('block'),
  list: element(
    'block',
    { listType: oneOf('bullet', 'number', 'check') },
    { ...ELEMENT, start: number, tag: oneOf('ul', 'ol') },
  ),
  listitem: element('list-item', {}, { ...ELEMENT, value: number, checked: boolean }),
  link: element('inline', { url: text }, LINK),
  autolink: element('inline', { url: text }, { ...LINK, isUnlinked: boolean }),
  mark: element('inline', { ids }, ELEMENT),
  text: leaf({ text }, TEXT),
  tab: leaf({}, { ...TEXT, text: oneOf('\t') }),
  linebreak: leaf({}, COMMON),
};

export const ARTICLE_NODE_TYPES = Object.keys(ARTICLE_NODE_SPECS);

export interface BodyProblem {
  /** From the body: ['root', 'children', 3]. */
  path: (string | number)[];
  message: string;
}

const KNOWN = `it knows ${ARTICLE_NODE_TYPES.filter((type) => type !== 'root').join(', ')}`;

function placementProblem(spec: NodeSpec, type: string, parentType: string): string | null {
  if (parentType === 'list' && type !== 'listitem') return `a list holds only list items, not a ${type} node`;
  if (spec.placement === 'list-item' && parentType !== 'list') return 'a list item must be inside a list';
  if (parentType === 'root' && spec.placement === 'inline')
    return `a ${type} node cannot stand directly in the article (it belongs inside a paragraph, heading, quote or list item)`;
  return null;
}

function fieldProblem(node: Record<string, unknown>, type: string, spec: NodeSpec): string | null {
  for (const [field, check] of Object.entries(spec.required)) {
    if (!Object.hasOwn(node, field)) return `a ${type} node needs “${field}” (${check.expected})`;
    if (!check.test(node[field]))
      return `a ${type} node’s “${field}” must be ${check.expected}, not ${JSON.stringify(node[field])?.slice(0, 40)}`;
  }
  for (const [field, value] of Object.entries(node)) {
    // undefined: a field an editor state left unset; it never reaches the file (JSON has no undefined).
    if (field === 'type' || Object.hasOwn(spec.required, field) || value === undefined) continue;
    if (field === 'children') {
      if (!spec.element) return `a ${type} node cannot hold other nodes (“children”)`;
      continue;
    }
    const check = Object.hasOwn(spec.optional, field) ? spec.optional[field] : undefined;
    if (!check) return `a ${type} node has a field “${field}” that Factdesk’s editor does not know`;
    if (!check.test(value))
      return `a ${type} node’s “${field}” must be ${check.expected}, not ${JSON.stringify(value)?.slice(0, 40)}`;
  }
  if (spec.element && !Array.isArray(node.children)) return `a ${type} node needs “children” (a list of nodes)`;
  return null;
}

/** The problem with one node where it stands, or null. */
function nodeProblem(node: unknown, parentType: string | null): string | null {
  if (typeof node !== 'object' || node === null || Array.isArray(node))
    return 'this is not a node (an object with a “type”)';
  const record = node as Record<string, unknown>;
  const type = record.type;
  if (typeof type !== 'string') return 'this node has no “type”';
  const spec = Object.hasOwn(ARTICLE_NODE_SPECS, type) ? ARTICLE_NODE_SPECS[type] : undefined;
  if (!spec) return `the node type “${type.slice(0, 60)}” is not one Factdesk’s article editor can show (${KNOWN})`;
  if ((type === 'root') !== (parentType === null))
    return parentType === null
      ? 'the article body must start with a root node'
      : 'a root node can only be the top of the article';
  return (parentType && placementProblem(spec, type, parentType)) || fieldProblem(record, type, spec);
}

/** The first thing in `body` the editor could not load exactly as it is, or null when it can. */
export function findBodyProblem(body: unknown): BodyProblem | null {
  if (typeof body !== 'object' || body === null || !('root' in body))
    return { path: [], message: 'the article body has no “root”' };
  const stack: { node: unknown; path: (string | number)[]; depth: number; parentType: string | null }[] = [
    { node: (body as { root: unknown }).root, path: ['root'], depth: 0, parentType: null },
  ];
  while (stack.length > 0) {
    const { node, path, depth, parentType } = stack.pop()!;
    if (depth > MAX_BODY_DEPTH)
      return {
        path,
        message: `the article nests more than ${MAX_BODY_DEPTH} levels deep here, more than Factdesk’s editor can show`,
      };
    const problem = nodeProblem(node, parentType);
    if (problem) return { path, message: problem };
    const { type, children } = node as { type: string; children?: unknown[] };
    if (type === 'root' && children!.length === 0)
      return { path, message: 'the article has no blocks (it needs at least one paragraph)' };
    // Pushed last to first, so problems are found in document order.
    for (let index = (children?.length ?? 0) - 1; index >= 0; index -= 1) {
      stack.push({ node: children![index], path: [...path, 'children', index], depth: depth + 1, parentType: type });
    }
  }
  return null;
}

/** How many nodes a serialised body holds, root included (iteratively, like the check above). */
export function countBodyNodes(root: unknown): number {
  let count = 0;
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop() as { children?: unknown[] };
    count += 1;
    if (Array.isArray(node?.children)) stack.push(...node.children);
  }
  return count;
}
