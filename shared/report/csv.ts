import { STATUS_LABELS, type ReportClaim, type ReportModel } from './model';

/**
 * One row per claim, RFC 4180: comma-separated, CRLF line ends, fields with a
 * comma, quote or line break in double quotes (quotes doubled). UTF-8 with a
 * byte-order mark so spreadsheet apps read it as UTF-8.
 */

/** Columns of the publication CSV; the internal one adds the desk's columns. */
export const CSV_HEADER = [
  'Number',
  'Anchor',
  'Claim',
  'Speaker',
  'Verdict',
  'Explanation',
  'Evidence count',
  'Evidence sources',
];
export const INTERNAL_CSV_HEADER = [...CSV_HEADER, 'Tags', 'Review status', 'Not for publication', 'Checker’s note'];

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
  const tags = [
    ...(claim.speaker !== null ? ['attributed'] : []),
    ...(claim.disputedReason !== null ? ['disputed'] : []),
    ...claim.freeTags,
  ];
  return tags.join('; ');
}

function rowOf(claim: ReportClaim, internal: boolean): (string | number)[] {
  const sources = [...new Set(claim.evidence.map((evidence) => `S${evidence.source.number} ${evidence.source.title}`))];
  const row: (string | number)[] = [
    claim.number,
    `#claim-${claim.number}`,
    claim.quote,
    claim.speaker ?? '',
    claim.verdictLabel,
    claim.publicExplanation,
    claim.evidence.length,
    sources.join('; '),
  ];
  return internal
    ? [...row, tagsOf(claim), STATUS_LABELS[claim.status], claim.notForPublication ?? '', claim.note]
    : row;
}

export function renderCsv(report: ReportModel): string {
  const internal = report.options.variant === 'internal';
  const rows = [internal ? INTERNAL_CSV_HEADER : CSV_HEADER, ...report.claims.map((claim) => rowOf(claim, internal))];
  return `\uFEFF${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}
