import { readableDate } from './dates';
import type { ReportSource } from './model';

/** "Author, Outlet, 14 March 2024": who published the source and when (either may be missing). */
export function bylineOf(source: ReportSource): string[] {
  const parts = [source.author, source.outlet].filter((part) => part.trim() !== '');
  if (source.publishedDate) parts.push(readableDate(source.publishedDate));
  return parts;
}

/** "Title — Author, Outlet, 14 March 2024 — https://… — accessed 20 November 2026", for plain-text formats. */
export function citationParts(source: ReportSource): string[] {
  const parts = [source.title || 'Untitled source'];
  const by = bylineOf(source).join(', ');
  if (by) parts.push(by);
  if (source.url) parts.push(source.url);
  else if (source.fileName) parts.push(`file ${source.fileName}`);
  if (source.accessedAt) parts.push(`accessed ${readableDate(source.accessedAt)}`);
  return parts;
}

/** The note on evidence whose wording other sources repeat (wire copy, syndication). */
export function sameTextNote(sourceNumbers: readonly number[]): string {
  return `Same wording as ${sourceNumbers.map((number) => `S${number}`).join(', ')}: one piece of copy, not independent confirmations.`;
}
