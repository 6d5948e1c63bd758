import { STATUS_LABELS, type ReportClaim, type ReportModel } from './model';

/**
 * One row per claim, RFC 4180: comma-separated, CRLF line ends, fields with a
 * comma, quote or line break in double quotes (quotes doubled). UTF-8 with a
 * byte-order mark so spreadsheet apps read it as UTF-8.
 */

export const CSV_HEADER = ['Number', 'Claim', 'Tags', 'Speaker', 'Verdict', 'Review status', 'Checker’s note', 'Evidence count', 'Evidence sources'];

/**
 * Spreadsheets run a cell starting with these as a formula, also behind
 * spaces (any kind) or as their full-width forms (＝ ＋ － ＠), and some
 * importers look at each line of a cell: a line starting so gets a leading
 * apostrophe, which keeps it text. A tab or carriage return at the start too.
 */
const FORMULA_LINE = /(^|\n)(?=[^\S\n]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|[\t\r])/g;

export function csvField(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string') text = text.replace(FORMULA_LINE, "$1'");
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function tagsOf(claim: ReportClaim): string {
  const tags = [...(claim.speaker !== null ? ['attributed'] : []), ...(claim.disputedReason !== null ? ['disputed'] : []), ...claim.freeTags];
  return tags.join('; ');
}

function rowOf(claim: ReportClaim): (string | number)[] {
  const sources = [...new Set(claim.evidence.map((evidence) => `S${evidence.source.number} ${evidence.source.title}`))];
  return [claim.number, claim.quote, tagsOf(claim), claim.speaker ?? '', claim.verdictLabel, STATUS_LABELS[claim.status], claim.note, claim.evidence.length, sources.join('; ')];
}

export function renderCsv(report: ReportModel): string {
  const rows = [CSV_HEADER, ...report.claims.map(rowOf)];
  return `\uFEFF${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}
