import { safeExternalUrl } from '../util/safe-url';
import type { ArticleBlock, TextPiece } from './article-blocks';
import { escapeMarkdown } from './escape';
import { segmentsOf, type Highlights } from './highlights';

/**
 * The article as Markdown: claim passages in bold, each followed by its
 * number in brackets where it ends ("… 14 per cent**[1]"), so it reads as
 * footnoted plain text and renders the same.
 */

interface Run {
  covered: boolean;
  text: string;
}

/** Bold a covered run, keeping its outer spaces outside the ** so it still closes. */
function bold(text: string): string {
  const match = /^(\s*)([\s\S]*?)(\s*)$/.exec(text)!;
  return match[2] ? `${match[1]}**${match[2]}**${match[3]}` : text;
}

function runsOf(piece: TextPiece, highlights: Highlights): Run[] {
  return segmentsOf(piece, highlights).map((segment) => {
    const text = piece.lineBreak ? '\\\n' : escapeMarkdown(segment.text).replace(/\n/g, ' ');
    const markers = segment.ending.map((claim) => `[${claim.number}]`).join('');
    return { covered: segment.claims.length > 0, text: text + markers };
  });
}

function inlineMarkdown(pieces: readonly TextPiece[], highlights: Highlights): string {
  const groups: Run[] = [];
  pieces.forEach((piece, index) => {
    const runs = runsOf(piece, highlights);
    const next = pieces[index + 1];
    const safe = piece.link ? safeExternalUrl(piece.link) : null;
    if (safe && next?.link !== piece.link && runs.length > 0) runs[runs.length - 1].text += ` (<${safe}>)`;
    for (const run of runs) {
      const last = groups[groups.length - 1];
      // A marker like [1] must not read as a link when "(" follows.
      const text = last && /\]$/.test(last.text) && run.text.startsWith('(') ? `\\${run.text}` : run.text;
      if (last && last.covered === run.covered) last.text += text;
      else groups.push({ covered: run.covered, text });
    }
  });
  return groups.map((group) => (group.covered ? bold(group.text) : group.text)).join('');
}

function blockMarkdown(block: ArticleBlock, highlights: Highlights, depth: number, ordered: boolean): string {
  if (block.kind === 'list')
    return block.items
      .map((item) => blockMarkdown(item, highlights, depth + (item.kind === 'list' ? 1 : 0), block.ordered))
      .join('\n');
  const inline = inlineMarkdown(block.pieces, highlights);
  switch (block.style) {
    case 'heading':
      return `${'#'.repeat(Math.min(block.level + 2, 6))} ${inline}`;
    case 'quote':
      return inline
        .split('\n')
        .map((line) => `> ${line}`)
        .join('\n');
    case 'list-item':
      return `${'   '.repeat(depth)}${ordered ? '1.' : '-'} ${inline}`;
    default:
      return inline;
  }
}

export function articleMarkdown(blocks: readonly ArticleBlock[], highlights: Highlights): string {
  return blocks.map((block) => blockMarkdown(block, highlights, 0, false)).join('\n\n');
}
