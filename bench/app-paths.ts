import { recogniseArticle, splitMetaLines } from '../shared/article/structure/recognise';
import { txtParagraphs } from '../shared/article/structure/txt-blocks';
import type { BlockRole } from '../shared/article/structure/article-layout';
import type { RealCopyArticle } from './real-copy';

/**
 * The real-copy articles as the app's finder reads them, not as the .txt file is: the body an import leaves
 * (headline, byline, captions and boilerplate taken out; standfirst and subheads kept), or a story pasted without
 * its headline. The editor joins paragraphs with one line break, as the bench's text does. Each label is placed
 * again on the new text; a label whose text the path drops stays in the article, found nowhere (a miss).
 */

const KEPT_BY_IMPORT: readonly BlockRole[] = ['text', 'standfirst', 'subhead'];

function rebuilt(article: RealCopyArticle, keep: (role: BlockRole) => boolean): RealCopyArticle {
  const lines = splitMetaLines(txtParagraphs(article.raw));
  const { roles } = recogniseArticle(lines);
  const text = lines
    .filter((_, index) => keep(roles[index]))
    .map((line) => line.replace(/\s*\n\s*/g, ' '))
    .join('\n');
  const claims = article.claims.map((claim) => {
    const start = text.indexOf(claim.text);
    return start < 0 ? { ...claim, start: -1, end: -1 } : { ...claim, start, end: start + claim.text.length };
  });
  return { ...article, text, claims };
}

/** The body an imported .txt leaves in the editor. */
export const asImported = (article: RealCopyArticle) => rebuilt(article, (role) => KEPT_BY_IMPORT.includes(role));

/** Everything but the headline, as a checker copies a story from below its title. */
export const pastedWithoutHeadline = (article: RealCopyArticle) => rebuilt(article, (role) => role !== 'headline');
