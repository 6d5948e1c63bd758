import type { EditorThemeClasses } from 'lexical';

/** The article editor's class names (its node types are the import's: see import/article-nodes.ts). */
export const ARTICLE_THEME: EditorThemeClasses = {
  paragraph: 'ed-paragraph',
  heading: { h1: 'ed-h1', h2: 'ed-h2', h3: 'ed-h3' },
  quote: 'ed-quote',
  list: { ul: 'ed-ul', ol: 'ed-ol', listitem: 'ed-li', nested: { listitem: 'ed-li-nested' } },
  link: 'ed-link',
  mark: 'claim-mark',
  markOverlap: 'claim-mark-overlap',
  text: { bold: 'ed-bold', italic: 'ed-italic', underline: 'ed-underline' },
};
