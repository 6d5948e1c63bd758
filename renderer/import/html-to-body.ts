import { $generateNodesFromDOM } from '@lexical/html';
import { createHeadlessEditor } from '@lexical/headless';
import { $createParagraphNode, $getRoot, $insertNodes } from 'lexical';
import type { ArticleBody } from '../../shared/schema';
import { ARTICLE_NODES } from '../editor/editor-config';
import { parseSanitizedHtml } from './sanitize-html';

/** An article body from (untrusted) HTML: sanitised, then converted by Lexical's own importers. */
export function bodyFromHtml(html: string): ArticleBody {
  const editor = createHeadlessEditor({ namespace: 'factdesk-import', nodes: [...ARTICLE_NODES], onError: (error) => { throw error; } });
  editor.update(
    () => {
      const nodes = $generateNodesFromDOM(editor, parseSanitizedHtml(html));
      const root = $getRoot();
      root.clear();
      const first = $createParagraphNode();
      root.append(first);
      first.select();
      $insertNodes(nodes);
      if (root.getChildrenSize() > 1 && first.isAttached() && first.getTextContent() === '') first.remove();
    },
    { discrete: true },
  );
  return editor.getEditorState().toJSON() as unknown as ArticleBody;
}
