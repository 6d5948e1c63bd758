import type { BlockRole } from './article-layout';
import { bylineParts } from './byline-parts';
import { dateInText } from './dates';
import { fullerName, outletInCredit, outletInFurniture, outletSpokenOf } from './outlet-mentions';
import { outletNamedIn, spelledOut } from './outlet-names';

/**
 * The article's byline, outlet and date from its recognised blocks: the first byline line's writer; the outlet its
 * byline lines or a "Source:" or copyright line name, else its agency's dateline, else its own furniture, its
 * photographers' credits or its story (in that order of trust); the first stamp's date, else the dateline's.
 */

export interface ArticleFields {
  title: string;
  byline: string;
  outlet: string;
  /** YYYY-MM-DD, or '' when the text gives no full date. */
  publishedDate: string;
}

/**
 * A dateline's "Dec 13" with the year of the first full date elsewhere in the copy (a caption's, an agency
 * line's), else of its copyright line ("© Tidewater 2026").
 */
function datelineDate(block: string, blocks: readonly string[]): string {
  const match = /^[^(]{0,40}?,\s*(\p{L}{3,9}\.?\s+\d{1,2})\s*\(/u.exec(block);
  if (!match) return '';
  const year =
    blocks
      .map(dateInText)
      .find((date) => date !== '')
      ?.slice(0, 4) ?? blocks.map((line) => /^(?:©|copyright)\D*(\d{4})\b/i.exec(line)?.[1]).find(Boolean);
  return year ? dateInText(`${match[1]} ${year}`) : '';
}

/**
 * The outlet its furniture or its story names, where nothing above did: "Follow The Sentinel Money on X" beside a
 * story that speaks of The Sentinel is The Sentinel (the furniture names a section's brand).
 */
function outletMentioned(blocks: readonly string[], roles: readonly BlockRole[]): string {
  const furniture = blocks.map((block, index) => (roles[index] === 'text' ? '' : outletInFurniture(block)));
  const named = furniture.find(Boolean) ?? '';
  const credited = blocks
    .map((block, index) => (roles[index] === 'caption' ? outletInCredit(block) : ''))
    .find(Boolean);
  const spoken = outletSpokenOf(blocks.filter((_, index) => roles[index] === 'text'));
  return spoken && named.startsWith(`${spoken} `) ? spoken : named || credited || spoken;
}

const isFurniture = (role: BlockRole) => role !== 'text' && role !== 'headline' && role !== 'subhead';

/** The paragraph that opens with an agency's dateline ("ALDMERE, Dec 13 (Norden Press) - "), or -1. */
const datelineIndex = (blocks: readonly string[], roles: readonly BlockRole[]) =>
  blocks.findIndex((block, index) => roles[index] === 'text' && outletNamedIn(block) !== '');

export function bylineOf(blocks: readonly string[], roles: readonly BlockRole[]): string {
  return (
    blocks.map((block, index) => (roles[index] === 'byline' ? bylineParts(block.trim()).byline : '')).find(Boolean) ??
    ''
  );
}

export function outletOf(blocks: readonly string[], roles: readonly BlockRole[]): string {
  const named = blocks
    .map((block, index) => {
      const fromByline = roles[index] === 'byline' ? bylineParts(block.trim()).outlet : '';
      return fromByline || (isFurniture(roles[index]) ? outletNamedIn(block.trim()) : '');
    })
    .find(Boolean);
  const dateline = datelineIndex(blocks, roles);
  const outlet = named || (dateline >= 0 ? outletNamedIn(blocks[dateline]) : '');
  const story = blocks.filter((_, index) => roles[index] === 'text');
  const spelled = spelledOut(
    outlet,
    blocks.filter((_, index) => roles[index] !== 'text'),
  );
  return fullerName(spelled || outletMentioned(blocks, roles), story);
}

export function publishedDateOf(blocks: readonly string[], roles: readonly BlockRole[]): string {
  const stamped = blocks
    .map((block, index) => (roles[index] === 'byline' || roles[index] === 'timestamp' ? dateInText(block) : ''))
    .find(Boolean);
  if (stamped) return stamped;
  const dateline = datelineIndex(blocks, roles);
  if (dateline < 0) return '';
  // "Kadara, Dec. 2, 2026 (PNA)": the dateline's own full date, else its day with the year from elsewhere
  return dateInText(blocks[dateline].replace(/\).*$/s, '')) || datelineDate(blocks[dateline], blocks);
}
