import { $createLinkNode, $createAutoLinkNode } from '@lexical/link';
import { $createListItemNode, $createListNode } from '@lexical/list';
import { $createMarkNode } from '@lexical/mark';
import { createHeadlessEditor } from '@lexical/headless';
import { $createHeadingNode, $createQuoteNode } from '@lexical/rich-text';
import fc from 'fast-check';
import {
  $createLineBreakNode,
  $createParagraphNode,
  $createTabNode,
  $createTextNode,
  $getRoot,
  type LexicalEditor,
  type SerializedEditorState,
} from 'lexical';
import { describe, expect, it } from 'vitest';
import { ARTICLE_NODES } from '../../../../renderer/import/article-nodes';
import { parseWholeBody } from '../../../../renderer/editor/whole-body';
import {
  ARTICLE_NODE_SPECS,
  ARTICLE_NODE_TYPES,
  findBodyProblem,
  MAX_BODY_DEPTH,
} from '../../../../shared/article/article-body';
import { parseProjectText } from '../../../../shared/project/project-file';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The schema's article body is exactly what the editor can load: the node
 * types it registers, with their fields; every body the schema accepts loads
 * in Lexical without a field changed, and everything the editor writes is
 * accepted. Anything else is refused with the node's type and JSON path.
 */

function articleEditor(): LexicalEditor {
  return createHeadlessEditor({
    namespace: 'schema-test',
    nodes: [...ARTICLE_NODES],
    onError: (error) => {
      throw error;
    },
  });
}

type Node = Record<string, unknown> & { type: string; children?: Node[] };

const DEMO = readFileSync(path.resolve(__dirname, '../../../../demo/city-water-demo.factdesk'), 'utf8');

describe('the node types', () => {
  it('are exactly those the article editor registers (Lexical’s internal “artificial” node is never saved)', () => {
    const registered = [...articleEditor()._nodes.keys()].filter((type) => type !== 'artificial');
    expect([...ARTICLE_NODE_TYPES].sort()).toEqual(registered.sort());
  });
});

describe('what the editor writes', () => {
  it('is accepted: every node type, with every field the editor sets', () => {
    const editor = articleEditor();
    editor.update(
      () => {
        const root = $getRoot();
        const paragraph = $createParagraphNode().setFormat('center').setIndent(2).setDirection('rtl');
        paragraph.setTextFormat(1);
        paragraph.append(
          $createTextNode('Bold ').setFormat('bold'),
          $createTabNode(),
          $createLineBreakNode(),
          $createTextNode('token').setMode('token').setStyle('color: red'),
        );
        root.append(paragraph);
        for (const tag of ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'] as const)
          root.append($createHeadingNode(tag).append($createTextNode(tag)));
        root.append($createQuoteNode().append($createTextNode('quoted')));
        const link = $createLinkNode('https://harbour-ledger.example/a', {
          rel: 'noopener',
          target: '_blank',
          title: 'The ledger',
        }).append($createTextNode('a link'));
        const mark = $createMarkNode(['clm_1', 'clm_2']).append($createTextNode('marked'));
        root.append(
          $createParagraphNode().append(
            link,
            $createAutoLinkNode('https://harbour-ledger.example/b').append($createTextNode('auto')),
            mark,
          ),
        );
        for (const listType of ['bullet', 'number', 'check'] as const) {
          const list = $createListNode(listType, 3);
          const item = $createListItemNode(listType === 'check' ? true : undefined).append(
            $createTextNode(`${listType} item`),
          );
          const nested = $createListItemNode().append(
            $createListNode(listType).append($createListItemNode().append($createTextNode('nested'))),
          );
          root.append(list.append(item, nested));
        }
      },
      { discrete: true },
    );
    const body = editor.getEditorState().toJSON();
    expect(findBodyProblem(body)).toBeNull();
    const types = new Set<string>();
    const walk = (node: Node) => (types.add(node.type), node.children?.forEach(walk));
    walk(body.root as unknown as Node);
    expect([...types].sort()).toEqual([...ARTICLE_NODE_TYPES].sort());
  });

  it('is accepted for the demo and the fixtures', () => {
    expect(parseProjectText(DEMO).ok).toBe(true);
    const newsroom = readFileSync(
      path.resolve(__dirname, '../../../fixtures/projects/newsroom-report.factdesk'),
      'utf8',
    );
    expect(parseProjectText(newsroom).ok).toBe(true);
  });
});

/** Random bodies the schema accepts: valid types in valid places, fields of the right kinds, some left out. */
const text = fc.string({ maxLength: 12 });
const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });
const withFields = (base: Record<string, unknown>, fields: Record<string, unknown>) =>
  Object.fromEntries(Object.entries({ ...base, ...fields }).filter(([, value]) => value !== undefined));

const elementFields = fc.record({
  direction: maybe(fc.constantFrom(null, 'ltr', 'rtl')),
  format: maybe(fc.constantFrom('', 'left', 'start', 'center', 'right', 'end', 'justify')),
  indent: maybe(fc.nat(5)),
  version: maybe(fc.constant(1)),
});
const textNode = fc
  .record({
    text,
    format: maybe(fc.nat(255)),
    detail: maybe(fc.constantFrom(0, 1, 2)),
    mode: maybe(fc.constantFrom('normal', 'token', 'segmented')),
    style: maybe(fc.constantFrom('', 'color: red')),
  })
  .map((fields) => withFields({ type: 'text' }, fields));
const leafNode = fc.oneof(
  { weight: 6, arbitrary: textNode },
  fc.constant({ type: 'linebreak', version: 1 }),
  fc.constant({ type: 'tab', text: '\t', format: 0, detail: 2, mode: 'normal', style: '', version: 1 }),
);

const inline: fc.Memo<Node> = fc.memo((depth) =>
  depth <= 1
    ? (leafNode as fc.Arbitrary<Node>)
    : fc.oneof(
        { weight: 4, arbitrary: leafNode as fc.Arbitrary<Node> },
        fc
          .tuple(
            elementFields,
            fc.array(fc.string({ minLength: 1, maxLength: 6 }), { maxLength: 3 }),
            fc.array(inline(depth - 1), { maxLength: 3 }),
          )
          .map(([fields, ids, children]) => withFields({ type: 'mark', ids, children }, fields) as Node),
        fc
          .tuple(
            elementFields,
            fc.webUrl(),
            maybe(fc.constantFrom(null, 'noopener')),
            fc.array(inline(depth - 1), { maxLength: 3 }),
          )
          .map(([fields, url, rel, children]) => withFields({ type: 'link', url, rel, children }, fields) as Node),
        fc
          .tuple(elementFields, fc.webUrl(), maybe(fc.boolean()), fc.array(inline(depth - 1), { maxLength: 3 }))
          .map(
            ([fields, url, isUnlinked, children]) =>
              withFields({ type: 'autolink', url, isUnlinked, children }, fields) as Node,
          ),
      ),
);

const inlines = fc.array(inline(3), { maxLength: 4 });

/** A list, its items holding text or (below the top level) a nested list. */
const list: fc.Memo<Node> = fc.memo((depth) => {
  const content =
    depth <= 1
      ? inlines
      : fc.oneof(
          { weight: 3, arbitrary: inlines },
          list(depth - 1).map((nested) => [nested]),
        );
  // A list item's indent is not given: Lexical works it out from how deep the list is nested.
  const item = fc
    .tuple(
      elementFields.map(({ indent: _derived, ...fields }) => fields),
      fc.nat(9),
      content,
    )
    .map(([fields, value, children]) => withFields({ type: 'listitem', value, children }, fields) as Node);
  return fc
    .tuple(
      elementFields,
      fc.constantFrom(['bullet', 'ul'], ['number', 'ol']),
      fc.array(item, { minLength: 1, maxLength: 3 }),
    )
    .map(
      ([fields, [listType, tag], children]) =>
        withFields({ type: 'list', listType, tag, start: 1, children }, fields) as Node,
    );
});

const block = fc.oneof(
  fc
    .tuple(elementFields, inlines)
    .map(([fields, children]) => withFields({ type: 'paragraph', children }, fields) as Node),
  fc
    .tuple(elementFields, fc.constantFrom('h1', 'h2', 'h3', 'h4', 'h5', 'h6'), inlines)
    .map(([fields, tag, children]) => withFields({ type: 'heading', tag, children }, fields) as Node),
  fc.tuple(elementFields, inlines).map(([fields, children]) => withFields({ type: 'quote', children }, fields) as Node),
  list(3),
);

const validBody = fc
  .array(block, { minLength: 1, maxLength: 5 })
  .map((children) => ({ root: { type: 'root', children, direction: null, format: '', indent: 0, version: 1 } }));

/** Every field the input gives is in the output with the same value, node for node. */
function expectLoadedAsGiven(given: Node, loaded: Node, at: string): void {
  expect(loaded.type, at).toBe(given.type);
  for (const [field, value] of Object.entries(given)) {
    if (field === 'children') continue;
    expect(loaded[field], `${at}.${field}`).toEqual(value);
  }
  expect(loaded.children?.length ?? 0, `${at}.children`).toBe(given.children?.length ?? 0);
  given.children?.forEach((child, index) =>
    expectLoadedAsGiven(child, loaded.children![index], `${at}.children[${index}]`),
  );
}

describe('what the schema accepts', () => {
  it('loads in the article editor with nothing changed or dropped (500 random bodies)', () => {
    const editor = articleEditor();
    fc.assert(
      fc.property(validBody, (body) => {
        expect(findBodyProblem(body)).toBeNull();
        const loaded = editor.parseEditorState(body as unknown as SerializedEditorState).toJSON();
        expectLoadedAsGiven(body.root as Node, loaded.root as unknown as Node, 'root');
      }),
      { numRuns: 500 },
    );
    // About 1 s alone; a machine busy with other work has taken 14 s, past vitest's default 5 s.
  }, 30_000);
});

const paragraph = (children: unknown[]) => ({ type: 'paragraph', children });
const words = (value: string) => ({ type: 'text', text: value });
const bodyWith = (...children: unknown[]) => ({ root: { type: 'root', children } });

describe('what the schema refuses, naming the node and where it is', () => {
  const cases: [string, unknown, (string | number)[], RegExp][] = [
    [
      'an unknown node type',
      bodyWith(paragraph([]), paragraph([]), paragraph([]), { type: 'horizontalrule', version: 1 }),
      ['root', 'children', 3],
      /the node type “horizontalrule” is not one Factdesk’s article editor can show/,
    ],
    [
      'a script node inside a list item',
      bodyWith({
        type: 'list',
        listType: 'bullet',
        children: [{ type: 'listitem', children: [{ type: 'script', text: 'x' }] }],
      }),
      ['root', 'children', 0, 'children', 0, 'children', 0],
      /“script”/,
    ],
    [
      'a misspelt type',
      bodyWith(paragraph([words('a')]), { type: 'paragrahp', children: [] }),
      ['root', 'children', 1],
      /“paragrahp”/,
    ],
    [
      'text straight in the article',
      bodyWith(words('loose')),
      ['root', 'children', 0],
      /a text node cannot stand directly in the article/,
    ],
    [
      'a list item outside a list',
      bodyWith({ type: 'listitem', children: [] }),
      ['root', 'children', 0],
      /a list item must be inside a list/,
    ],
    [
      'a paragraph inside a list',
      bodyWith({ type: 'list', listType: 'number', children: [paragraph([])] }),
      ['root', 'children', 0, 'children', 0],
      /a list holds only list items, not a paragraph node/,
    ],
    [
      'a text node without its text',
      bodyWith(paragraph([{ type: 'text', format: 0 }])),
      ['root', 'children', 0, 'children', 0],
      /a text node needs “text”/,
    ],
    [
      'text that is a number',
      bodyWith(paragraph([{ type: 'text', text: 7 }])),
      ['root', 'children', 0, 'children', 0],
      /a text node’s “text” must be text, not 7/,
    ],
    [
      'a heading h7',
      bodyWith({ type: 'heading', tag: 'h7', children: [] }),
      ['root', 'children', 0],
      /a heading node’s “tag” must be one of "h1"/,
    ],
    [
      'a mark whose ids are not a list',
      bodyWith(paragraph([{ type: 'mark', ids: 'clm_1', children: [] }])),
      ['root', 'children', 0, 'children', 0],
      /a mark node’s “ids” must be a list of claim ids/,
    ],
    [
      'a link without its address',
      bodyWith(paragraph([{ type: 'link', children: [] }])),
      ['root', 'children', 0, 'children', 0],
      /a link node needs “url”/,
    ],
    [
      'a field the editor does not know',
      bodyWith({ ...paragraph([]), onclick: 'x' }),
      ['root', 'children', 0],
      /a paragraph node has a field “onclick”/,
    ],
    [
      'children under a text node',
      bodyWith(paragraph([{ ...words('a'), children: [words('b')] }])),
      ['root', 'children', 0, 'children', 0],
      /a text node cannot hold other nodes/,
    ],
    [
      'an element without children',
      bodyWith({ type: 'quote' }),
      ['root', 'children', 0],
      /a quote node needs “children”/,
    ],
    [
      'a second root',
      bodyWith({ type: 'root', children: [] }),
      ['root', 'children', 0],
      /a root node can only be the top of the article/,
    ],
    ['an empty article', bodyWith(), ['root'], /the article has no blocks/],
    [
      'a field named like a built-in',
      bodyWith({ ...paragraph([]), constructor: 1 }),
      ['root', 'children', 0],
      /a paragraph node has a field “constructor”/,
    ],
    [
      'a wrong indent',
      bodyWith({ ...paragraph([]), indent: 'deep' }),
      ['root', 'children', 0],
      /“indent” must be a whole number/,
    ],
  ];
  for (const [what, body, path, message] of cases) {
    it(`refuses ${what}`, () => {
      const problem = findBodyProblem(body);
      expect(problem?.path).toEqual(path);
      expect(problem?.message).toMatch(message);
    });
  }

  it('names the JSON path in the project: article.body.root.children[3]', () => {
    const doc = JSON.parse(DEMO);
    doc.article.body.root.children.splice(3, 0, { type: 'horizontalrule', version: 1 });
    const parsed = parseProjectText(JSON.stringify(doc));
    expect(!parsed.ok && parsed.problem).toMatch(
      /article\.body\.root\.children\[3\]: the node type “horizontalrule” is not one Factdesk’s article editor can show/,
    );
  });
});

describe('nesting depth', () => {
  /** Quotes inside quotes, `depth` levels below the root. */
  function nested(depth: number) {
    let node: unknown = { type: 'quote', children: [words('deepest')] };
    for (let level = 1; level < depth; level += 1) node = { type: 'quote', children: [node] };
    return bodyWith(node);
  }

  it(`accepts ${MAX_BODY_DEPTH} levels and refuses one more, at the node where it goes too deep`, () => {
    // The text inside the innermost quote is one level deeper than the quotes.
    expect(findBodyProblem(nested(MAX_BODY_DEPTH - 1))).toBeNull();
    const problem = findBodyProblem(nested(MAX_BODY_DEPTH));
    expect(problem?.message).toBe(
      `the article nests more than ${MAX_BODY_DEPTH} levels deep here, more than Factdesk’s editor can show`,
    );
    expect(problem?.path).toHaveLength(2 * (MAX_BODY_DEPTH + 1) + 1);
  });

  it('refuses 3,000 and 100,000 levels with that message, without running out of stack', () => {
    for (const depth of [3_000, 100_000]) expect(findBodyProblem(nested(depth))?.message).toMatch(/nests more than/);
  });

  it('every node type the schema knows has a spec for where it may stand', () => {
    for (const type of ARTICLE_NODE_TYPES)
      expect(ARTICLE_NODE_SPECS[type].placement).toMatch(/root|block|inline|list-item/);
  });
});

describe('the editor’s last guard (parseWholeBody)', () => {
  /** As the app's editor: errors are shown, not thrown, so Lexical goes on with what it parsed. */
  const forgivingEditor = () =>
    createHeadlessEditor({ namespace: 'guard-test', nodes: [...ARTICLE_NODES], onError: () => undefined });
  const body = (...children: unknown[]) =>
    ({
      root: { type: 'root', children, direction: null, format: '', indent: 0, version: 1 },
    }) as unknown as SerializedEditorState;
  const para = (value: string) => ({ type: 'paragraph', children: [{ type: 'text', text: value }] });

  it('returns nothing for a body Lexical can only load in part (where parseEditorState alone gives the first half)', () => {
    const broken = body(para('first'), para('second'), { type: 'horizontalrule', version: 1 }, para('lost'));
    const partial = forgivingEditor().parseEditorState(broken);
    expect(partial.read(() => $getRoot().getTextContent())).not.toContain('lost');
    expect(parseWholeBody(forgivingEditor(), broken)).toBeNull();
  });

  it('returns the whole state for a body it can load, claims in the root’s node state included', () => {
    const whole = parseWholeBody(forgivingEditor(), {
      root: { ...body(para('first'), para('second')).root, $: { factdeskClaims: {} } },
    } as unknown as SerializedEditorState);
    expect(whole?.read(() => $getRoot().getTextContent())).toBe('first\n\nsecond');
  });
});
