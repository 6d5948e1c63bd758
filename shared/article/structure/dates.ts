/**
 * The first full date (day, month and year) written in a line of news copy,
 * as YYYY-MM-DD: "13 Dec 2021", "December 14, 2021", "Aug. 22, 2022",
 * "Tue 14 Dec 2021 at 6:12am", "2022-03-09", "14/03/2026". '' when there is none (a
 * dateline's "Dec 13" has no year).
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';

const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})\\b`, 'i');
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i');
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/;
const FIGURES = /\b(\d{1,2})([/.])(\d{1,2})\2(\d{4})\b/;

function iso(year: number, month: number, day: number): string {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1900 || year > 2200) return '';
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const monthNumber = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;

/**
 * "14/03/2026", "2.3.2026", "12/01/2026 07:31 PM": the day first, unless the second figure must be the day (over
 * 12) or an AM/PM clock beside slashes says the writer is American (month first).
 */
function dateInFigures(text: string): { at: number; date: string } | null {
  const match = FIGURES.exec(text);
  if (!match) return null;
  const [first, second, year] = [Number(match[1]), Number(match[3]), Number(match[4])];
  const american = match[2] === '/' && /\d\s*(?:am|pm|a\.m\.|p\.m\.)/i.test(text);
  const monthFirst = first <= 12 && (second > 12 || american);
  return { at: match.index, date: monthFirst ? iso(year, first, second) : iso(year, second, first) };
}

export function dateInText(text: string): string {
  const found = [
    (() => {
      const match = DAY_MONTH_YEAR.exec(text);
      return match && { at: match.index, date: iso(Number(match[3]), monthNumber(match[2]), Number(match[1])) };
    })(),
    (() => {
      const match = MONTH_DAY_YEAR.exec(text);
      return match && { at: match.index, date: iso(Number(match[3]), monthNumber(match[1]), Number(match[2])) };
    })(),
    (() => {
      const match = ISO.exec(text);
      return match && { at: match.index, date: iso(Number(match[1]), Number(match[2]), Number(match[3])) };
    })(),
    dateInFigures(text),
  ].filter((item): item is { at: number; date: string } => !!item && item.date !== '');
  found.sort((a, b) => a.at - b.at);
  return found[0]?.date ?? '';
}
