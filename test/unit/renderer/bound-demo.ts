import { createHeadlessEditor } from '@lexical/headless';
import { $getRoot, type LexicalEditor } from 'lexical';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { alignedState } from '../../../main/project-doc/document-state';
import { ARTICLE_NODES } from '../../../renderer/import/article-nodes';
import { parseProjectText } from '../../../shared/project/project-file';
import type { Project } from '../../../shared/project/schema';

/** The demo project as main saves it: readable part and the document state that matches it. */
export function savedDemo(): Project {
  const parsed = parseProjectText(
    readFileSync(path.resolve(__dirname, '../../../demo/city-water-demo.factdesk'), 'utf8'),
  );
  if (!parsed.ok) throw new Error(parsed.problem);
  return alignedState(parsed.project);
}

/** A headless editor with the article's nodes, as the window's (bound tests need no DOM). */
export const newArticleEditor = (): LexicalEditor =>
  createHeadlessEditor({
    namespace: 'test',
    nodes: [...ARTICLE_NODES],
    onError: (error) => {
      throw error;
    },
  });

export const textOf = (editor: LexicalEditor): string =>
  editor.getEditorState().read(() => $getRoot().getTextContent());
