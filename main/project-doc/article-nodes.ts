import { AutoLinkNode, LinkNode } from '@lexical/link';
import { ListItemNode, ListNode } from '@lexical/list';
import { MarkNode } from '@lexical/mark';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import type { Klass, LexicalNode } from 'lexical';

/**
 * The node types of the article, for the headless editor main reads and
 * writes bodies with: the same as the window's editor registers
 * (renderer/import/article-nodes.ts, which main may not import;
 * test/unit/main/project-doc/document-state.test.ts checks that they agree).
 */
export const ARTICLE_NODE_CLASSES: ReadonlyArray<Klass<LexicalNode>> = [
  HeadingNode,
  QuoteNode,
  ListNode,
  ListItemNode,
  LinkNode,
  AutoLinkNode,
  MarkNode,
];
