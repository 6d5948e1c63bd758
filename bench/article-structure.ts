import { recogniseArticle, splitMetaLines } from '../shared/article/structure/recognise';
import { txtParagraphs } from '../shared/article/structure/txt-blocks';
import type { RealCopyArticle } from './real-copy';

/**
 * Article-structure recognition on the real-copy corpus: the blocks of each
 * .txt as import reads them, the recognised fields against the labels
 * (headline, byline, outlet, date), and every labelled non-body line kept out
 * of the text blocks (body text wrongly dropped counts too).
 */

export interface StructureTally {
  articles: number;
  fields: number;
  fieldsRight: number;
  nonBody: number;
  nonBodyKept: number;
  bodyDropped: number;
  misses: string[];
}

export function rawBlocks(raw: string): string[] {
  return splitMetaLines(txtParagraphs(raw));
}

/** "Hannah Lowther Home affairs editor": a block the import reads as one line, labelled as the two lines it was. */
function twoLabelledLines(block: string, labelled: ReadonlySet<string>): boolean {
  return [...block.matchAll(/\s+/g)].some(
    (space) => labelled.has(block.slice(0, space.index)) && labelled.has(block.slice(space.index! + space[0].length)),
  );
}

export function tallyStructure(articles: readonly RealCopyArticle[]): StructureTally {
  const tally: StructureTally = {
    articles: articles.length,
    fields: 0,
    fieldsRight: 0,
    nonBody: 0,
    nonBodyKept: 0,
    bodyDropped: 0,
    misses: [],
  };
  for (const article of articles) {
    const blocks = rawBlocks(article.raw);
    const { fields, roles } = recogniseArticle(blocks);
    const label = article.structure;
    const checks: [string, string, string][] = [
      ['title', fields.title, label.headline],
      ['byline', fields.byline.toLowerCase(), (label.byline ?? '').toLowerCase()],
      ['outlet', fields.outlet, label.outlet ?? ''],
      ['date', fields.publishedDate, label.date ?? ''],
    ];
    for (const [name, got, want] of checks) {
      tally.fields += 1;
      if (got === want) tally.fieldsRight += 1;
      else tally.misses.push(`${article.name}: ${name} want “${want}”, got “${got}”`);
    }
    const lines = (index: number) => blocks[index].split('\n');
    const notBody = new Set([
      ...label.nonBody,
      ...label.subheads,
      label.headline,
      // The byline's own line ("Oliver Grant" over "Deals Correspondent") is not body text even where nonBody omits it.
      ...(label.byline ? [label.byline] : []),
      ...(label.standfirst ? [label.standfirst] : []),
    ]);
    blocks.forEach((block, index) => {
      const isText = roles[index] === 'text';
      const labelled =
        lines(index).some((line) => notBody.has(line.trim())) || notBody.has(block) || twoLabelledLines(block, notBody);
      if (label.nonBody.includes(block) || lines(index).some((line) => label.nonBody.includes(line))) {
        tally.nonBody += 1;
        if (isText) {
          tally.nonBodyKept += 1;
          tally.misses.push(`${article.name}: kept as text: ${block.slice(0, 70)}`);
        }
      } else if (!labelled && !isText) {
        tally.bodyDropped += 1;
        tally.misses.push(`${article.name}: text taken as ${roles[index]}: ${block.slice(0, 70)}`);
      }
    });
  }
  return tally;
}
