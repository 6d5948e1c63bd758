import { recogniseArticle, splitMetaLines } from '../shared/article/structure/recognise';
import { txtParagraphs } from '../shared/article/structure/txt-blocks';
import type { BlockRole } from '../shared/article/structure/article-layout';
import type { RealCopyArticle } from './real-copy';

/**
 * The real-copy articles as the app's finder reads them, not as the .txt file is: the body an import leaves
 * (headline, byline, captions and boilerplate taken out; standfirst and subheads kept), or a story pasted without
 * its headline. The editor joins paragraphs with one line break, as the bench's text does. Each label moves with
 * the line it sits in; a label in a line the path drops stays in the article, found nowhere (a miss).
 */

const KEPT_BY_IMPORT: readonly BlockRole[] = ['text', 'standfirst', 'subhead'];

interface PlacedLine {
  text: string;
  /** Where the line is in the article's bench text, and where it is in the rebuilt text (-1: dropped). */
  from: number;
  to: number;
}

function rebuilt(article: RealCopyArticle, keep: (role: BlockRole) => boolean): RealCopyArticle {
  const lines = splitMetaLines(txtParagraphs(article.raw));
  const { roles } = recogniseArticle(lines);
  const placed: PlacedLine[] = [];
  let cursor = 0;
  let length = 0;
  lines.forEach((line, index) => {
    const text = line.replace(/\s*\n\s*/g, ' ');
    const from = article.text.indexOf(text, cursor);
    cursor = from < 0 ? cursor : from + text.length;
    const kept = keep(roles[index]);
    placed.push({ text, from, to: kept ? length + (length > 0 ? 1 : 0) : -1 });
    if (kept) length += text.length + (length > 0 ? 1 : 0);
  });
  const text = placed
    .filter((line) => line.to >= 0)
    .map((line) => line.text)
    .join('\n');
  const claims = article.claims.map((claim) => {
    const line = placed.find(
      (each) => each.from >= 0 && each.from <= claim.start && claim.end <= each.from + each.text.length,
    );
    const shift = line && line.to >= 0 ? line.to - line.from : null;
    return shift === null
      ? { ...claim, start: -1, end: -1 }
      : { ...claim, start: claim.start + shift, end: claim.end + shift };
  });
  return { ...article, text, claims };
}

/** The body an imported .txt leaves in the editor. */
export const asImported = (article: RealCopyArticle) => rebuilt(article, (role) => KEPT_BY_IMPORT.includes(role));

/** Everything but the headline, as a checker copies a story from below its title. */
export const pastedWithoutHeadline = (article: RealCopyArticle) => rebuilt(article, (role) => role !== 'headline');
