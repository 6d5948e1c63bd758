import { safeExternalUrl } from '../util/safe-url';
import type { ArticleBlock, TextPiece } from './article-blocks';
import { escapeHtml } from './escape';
import { segmentsOf, type Highlights, type Segment } from './highlights';

/** The article body as HTML, with every claim highlighted, numbered and coloured by verdict. */

const FORMAT_TAGS: [bit: number, tag: string][] = [
  [1, 'strong'],
  [2, 'em'],
  [4, 's'],
  [8, 'u'],
  [16, 'code'],
];

function formatted(html: string, format: number): string {
  return FORMAT_TAGS.reduce((inner, [bit, tag]) => (format & bit ? `<${tag}>${inner}</${tag}>` : inner), html);
}

function claimBadge(number: number, verdict: string): string {
  return `<a class="ref v-${verdict}" href="#claim-${number}" id="ref-${number}" aria-label="Claim ${number}">${number}</a>`;
}

function highlighted(segment: Segment, inner: string): string {
  if (segment.claims.length === 0) return inner;
  const innermost = segment.claims[segment.claims.length - 1];
  const outer = segment.claims.length > 1 ? ` overlap under-${segment.claims[segment.claims.length - 2].verdict}` : '';
  const title = segment.claims.map((claim) => `Claim ${claim.number}: ${claim.verdictLabel}`).join('; ');
  const numbers = segment.claims.map((claim) => claim.number).join(' ');
  return `<mark class="hl v-${innermost.verdict}${outer}" data-claims="${numbers}" title="${escapeHtml(title)}">${inner}</mark>`;
}

function pieceHtml(piece: TextPiece, highlights: Highlights): string {
  const href = piece.link ? safeExternalUrl(piece.link) : null;
  return segmentsOf(piece, highlights)
    .map((segment) => {
      const badges = segment.starting.map((claim) => claimBadge(claim.number, claim.verdict)).join('');
      const text = piece.lineBreak ? '<br>' : formatted(escapeHtml(segment.text), piece.format);
      const linked = href ? `<a class="link" href="${escapeHtml(href)}">${text}</a>` : text;
      return badges + highlighted(segment, linked);
    })
    .join('');
}

/**
 * After the last piece of a web link, its address in small type, so a printed
 * report keeps it. Other links (javascript:, which the editor itself turns
 * into about:blank) are shown as their text alone.
 */
function linkEnd(piece: TextPiece, next: TextPiece | undefined): string {
  const safe = piece.link ? safeExternalUrl(piece.link) : null;
  if (!safe || next?.link === piece.link) return '';
  return ` <span class="link-url">(${escapeHtml(safe)})</span>`;
}

function blockHtml(block: ArticleBlock, highlights: Highlights): string {
  if (block.kind === 'list') {
    const tag = block.ordered ? 'ol' : 'ul';
    const items = block.items.map((item) =>
      item.kind === 'list' ? `<li class="nested">${blockHtml(item, highlights)}</li>` : blockHtml(item, highlights),
    );
    return `<${tag}>${items.join('')}</${tag}>`;
  }
  const inner = block.pieces
    .map((piece, i) => pieceHtml(piece, highlights) + linkEnd(piece, block.pieces[i + 1]))
    .join('');
  // The report's own headings are h1/h2; the article's sit below them.
  const tag = { heading: `h${Math.min(block.level + 2, 6)}`, quote: 'blockquote', 'list-item': 'li', paragraph: 'p' }[
    block.style
  ];
  const heading = block.style === 'heading' ? ' class="article-heading"' : '';
  return `<${tag}${heading} dir="auto">${inner}</${tag}>`;
}

export function articleHtml(blocks: readonly ArticleBlock[], highlights: Highlights): string {
  return blocks.map((block) => blockHtml(block, highlights)).join('\n');
}
