import { readableDate } from './dates';
import type { ReportSource } from './model';

/** "Title — Author, Outlet — https://… — accessed 20 November 2026", for plain-text formats. */
export function citationParts(source: ReportSource): string[] {
  const parts = [source.title || 'Untitled source'];
  const by = [source.author, source.outlet].filter((part) => part.trim() !== '').join(', ');
  if (by) parts.push(by);
  if (source.url) parts.push(source.url);
  else if (source.fileName) parts.push(`file ${source.fileName}`);
  if (source.accessedAt) parts.push(`accessed ${readableDate(source.accessedAt)}`);
  return parts;
}
