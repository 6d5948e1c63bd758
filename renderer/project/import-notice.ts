import type { RecognisedItem } from '../../shared/article/structure/structured-import';

/** The notice after an import: what was recognised, in one sentence a checker can read at a glance. */
export function recognisedSummary(fileName: string, items: readonly RecognisedItem[]): string {
  const quoted = (what: RecognisedItem['what']) =>
    items.filter((item) => item.what === what).map((item) => `“${item.text}”`);
  const parts: string[] = [];
  for (const [what, label] of [
    ['title', 'title'],
    ['byline', 'byline'],
    ['outlet', 'outlet'],
    ['date', 'date'],
  ] as const) {
    const found = quoted(what);
    if (found.length > 0) parts.push(`${label} ${found[0]}`);
  }
  if (quoted('standfirst').length > 0) parts.push('the standfirst (kept in italics)');
  const subheads = quoted('subhead').length;
  if (subheads > 0) parts.push(`${subheads} ${subheads === 1 ? 'subhead' : 'subheads'} as headings`);
  const left = items.filter((item) => item.what === 'left out');
  if (left.length > 0) parts.push(leftOutSummary(left));
  return parts.length > 0 ? `Imported ${fileName}. Recognised ${parts.join('; ')}.` : `Imported ${fileName}`;
}

/** Lines listed in the notice before "and N more": a web page leaves out dozens, and the notice must not hide the text. */
const LISTED_LINES = 4;

function leftOutSummary(left: readonly RecognisedItem[]): string {
  const listed = left.slice(0, LISTED_LINES).map((item) => `“${clip(item.text)}”`);
  const more = left.length - listed.length;
  const count = `${left.length} ${left.length === 1 ? 'line' : 'lines'}`;
  return `${count} left out of the text (captions, credits, bylines, links): ${listed.join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
}

function clip(text: string): string {
  return text.length > 48 ? `${text.slice(0, 47)}…` : text;
}
