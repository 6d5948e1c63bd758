/**
 * V1 (`CollaborationPlugin`'s binding) against V2 with Factdesk's flat-marks
 * patch (the binding the project document uses), in Node with headless
 * editors: what two copies marking at once in one paragraph merge into, and
 * the time one typed character takes to reach the document on the typical
 * and the large article. Prints figures; `npm run bench:binding`.
 */
import { createHeadlessEditor } from '@lexical/headless';
import { $wrapSelectionInMarkNode } from '@lexical/mark';
import { createBinding, syncLexicalUpdateToYjs, syncYjsChangesToLexical } from '@lexical/yjs';
import {
  $createParagraphNode,
  $createRangeSelection,
  $createTextNode,
  $getRoot,
  $isElementNode,
  $isTextNode,
  type LexicalEditor,
  type LexicalNode,
  type TextNode,
} from 'lexical';
import { performance } from 'node:perf_hooks';
import * as Y from 'yjs';
import { ARTICLE_NODE_CLASSES } from '../main/project-doc/article-nodes';
import { bindHeadless } from '../main/project-doc/headless-body';
import { offlineProvider } from '../shared/project-doc/offline-provider';
import type { ArticleBody } from '../shared/project/schema';
import { generateWorkload, LARGE, TYPICAL } from './workload';

const provider = offlineProvider();
const noCursors = () => undefined;

function headless(): LexicalEditor {
  return createHeadlessEditor({
    namespace: 'bench',
    nodes: [...ARTICLE_NODE_CLASSES],
    onError: (error) => {
      throw error;
    },
  });
}

/** An editor bound to `doc` with the stable binding (V1), as CollaborationPlugin binds it. */
function bindV1(doc: Y.Doc): LexicalEditor {
  const editor = headless();
  const binding = createBinding(editor, provider, 'main', doc, new Map([['main', doc]]));
  editor.registerUpdateListener(
    ({ prevEditorState, editorState, dirtyElements, dirtyLeaves, normalizedNodes, tags }) => {
      syncLexicalUpdateToYjs(
        binding,
        provider,
        prevEditorState,
        editorState,
        dirtyElements,
        dirtyLeaves,
        normalizedNodes,
        tags,
      );
    },
  );
  binding.root.getSharedType().observeDeep((events, transaction) => {
    if (transaction.origin !== binding) syncYjsChangesToLexical(binding, provider, events as never, false, noCursors);
  });
  return editor;
}

const bindV2 = (doc: Y.Doc) => bindHeadless(doc).editor;

function texts(): TextNode[] {
  const found: TextNode[] = [];
  const visit = (node: LexicalNode) =>
    $isTextNode(node) ? found.push(node) : $isElementNode(node) && node.getChildren().forEach(visit);
  visit($getRoot());
  return found;
}

function mark(editor: LexicalEditor, start: number, end: number, id: string): void {
  editor.update(
    () => {
      const [node] = texts();
      const selection = $createRangeSelection();
      selection.anchor.set(node.getKey(), start, 'text');
      selection.focus.set(node.getKey(), end, 'text');
      $wrapSelectionInMarkNode(selection, false, id);
    },
    { discrete: true },
  );
}

const SENTENCE = 'The mayor said taxes rose five percent last year.';

/** The paragraphs with their highlights shown: "The [A:mayor] said". */
function shown(editor: LexicalEditor): string {
  const show = (node: LexicalNode): string =>
    node.getType() === 'mark'
      ? `[${(node as unknown as { getIDs(): string[] }).getIDs().join(',')}:${(node as never as { getChildren(): LexicalNode[] }).getChildren().map(show).join('')}]`
      : $isElementNode(node)
        ? node.getChildren().map(show).join('')
        : node.getTextContent();
  return editor.getEditorState().read(() => $getRoot().getChildren().map(show).join(' / '));
}

/** Two copies of one paragraph: `a` and `b` change it at once, then each receives the other's change; what both show. */
async function concurrently(
  bind: (doc: Y.Doc) => LexicalEditor,
  inA: (editor: LexicalEditor) => void,
  inB: (editor: LexicalEditor) => void,
): Promise<string> {
  const [docA, docB] = [new Y.Doc(), new Y.Doc()];
  const a = bind(docA);
  a.update(() => $getRoot().append($createParagraphNode().append($createTextNode(SENTENCE))), { discrete: true });
  const b = bind(docB);
  Y.applyUpdate(docB, Y.encodeStateAsUpdate(docA));
  await settled();
  inA(a);
  inB(b);
  const [toA, toB] = [
    Y.encodeStateAsUpdate(docB, Y.encodeStateVector(docA)),
    Y.encodeStateAsUpdate(docA, Y.encodeStateVector(docB)),
  ];
  Y.applyUpdate(docA, toA);
  Y.applyUpdate(docB, toB);
  await settled();
  const [seenA, seenB] = [shown(a), shown(b)];
  return seenA === seenB ? seenA : `${seenA}   ≠   ${seenB}`;
}

/** V1 brings remote changes into the editor in an update that commits after the current task. */
const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

const typeIn = (editor: LexicalEditor) => editor.update(() => texts()[0].spliceText(20, 0, ' all'), { discrete: true });

/** Median ms for one typed character to reach the document, on `body`, with `bind` (null: no binding). */
function keystroke(body: ArticleBody, bind: ((doc: Y.Doc) => LexicalEditor) | null): number {
  const editor = bind ? bind(new Y.Doc()) : headless();
  editor.update(() => $getRoot().clear(), { discrete: true });
  editor.setEditorState(editor.parseEditorState(body as never));
  editor.update(() => undefined, { discrete: true });
  const times: number[] = [];
  for (let i = 0; i < 40; i += 1) {
    const start = performance.now();
    editor.update(() => texts()[5].spliceText(0, 0, 'x'), { discrete: true });
    times.push(performance.now() - start);
  }
  times.sort((x, y) => x - y);
  return Math.round(times[20] * 100) / 100;
}

async function main(): Promise<void> {
  for (const [name, bind] of [
    ['V1 (CollaborationPlugin)', bindV1],
    ['V2 + flat marks (Factdesk)', bindV2],
  ] as const) {
    console.log(`${name}:`);
    console.log(
      `  overlapping marks made at once:      ${await concurrently(
        bind,
        (a) => mark(a, 15, 25, 'A'),
        (b) => mark(b, 21, 38, 'B'),
      )}`,
    );
    console.log(
      `  typing inside a passage marked at once: ${await concurrently(bind, (a) => mark(a, 15, 25, 'A'), typeIn)}`,
    );
  }
  for (const spec of [TYPICAL, LARGE]) {
    const { body } = generateWorkload(spec).project.article;
    const [plain, v1, v2] = [keystroke(body, null), keystroke(body, bindV1), keystroke(body, bindV2)];
    console.log(
      `one typed character, ${spec.name}: unbound ${plain} ms · V1 ${v1} ms (${(v1 / plain).toFixed(2)}×) · V2 + flat marks ${v2} ms (${(v2 / plain).toFixed(2)}×)`,
    );
  }
}

void main();
