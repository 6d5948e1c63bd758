import { $generateNodesFromDOM } from '@lexical/html';
import { createHeadlessEditor } from '@lexical/headless';
import {
  $createParagraphNode,
  $getRoot,
  $isDecoratorNode,
  $isElementNode,
  type LexicalEditor,
  type LexicalNode,
  type ParagraphNode,
  type SerializedLexicalNode,
} from 'lexical';
import type { ArticleBody } from '../../shared/project/schema';
import { ARTICLE_NODES } from './article-nodes';
import { htmlChunks } from './html-chunks';

export interface BodyProgress {
  /** 0 to 1, after each chunk. */
  onProgress?: (fraction: number) => void;
  /** Asked between chunks: true stops the conversion. */
  cancelled?: () => boolean;
}

const isBlock = (node: LexicalNode) => ($isElementNode(node) || $isDecoratorNode(node)) && !node.isInline();

/**
 * A chunk's nodes appended at the end of the body: blocks as they are, a run
 * of inline nodes in a paragraph of its own. (Appending, not inserting at a
 * selection: each chunk then costs its own size, not the article's so far.)
 */
function $appendChunk(editor: LexicalEditor, document: Document): void {
  const root = $getRoot();
  let paragraph: ParagraphNode | null = null;
  for (const node of $generateNodesFromDOM(editor, document)) {
    if (isBlock(node)) {
      root.append(node);
      paragraph = null;
    } else {
      if (!paragraph) root.append((paragraph = $createParagraphNode()));
      paragraph.append(node);
    }
  }
}

/**
 * An article body from (untrusted) HTML, sanitised and converted by
 * Lexical's own importers a few hundred blocks at a time, yielding to the
 * window in between (it stays responsive and shows progress). Each chunk is
 * built in an emptied editor and kept as JSON: an editor holding the whole
 * article so far would recount all its text after every chunk. Null when
 * cancelled: nothing is kept.
 */
export async function bodyFromHtml(html: string, progress: BodyProgress = {}): Promise<ArticleBody | null> {
  const editor = createHeadlessEditor({
    namespace: 'factdesk-import',
    nodes: [...ARTICLE_NODES],
    onError: (error) => {
      throw error;
    },
  });
  const blocks: SerializedLexicalNode[] = [];
  for (const { document, done, total } of htmlChunks(html)) {
    editor.update(
      () => {
        $getRoot().clear();
        $appendChunk(editor, document);
      },
      { discrete: true },
    );
    for (const block of editor.getEditorState().toJSON().root.children) blocks.push(block);
    progress.onProgress?.(done / total);
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (progress.cancelled?.()) return null;
  }
  editor.update(() => $getRoot().clear().append($createParagraphNode()), { discrete: true });
  const empty = editor.getEditorState().toJSON();
  return {
    ...empty,
    root: { ...empty.root, children: blocks.length > 0 ? blocks : empty.root.children },
  } as unknown as ArticleBody;
}
