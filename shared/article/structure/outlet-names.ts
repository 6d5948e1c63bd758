/**
 * Whether a short line is the name of a news outlet ("The Baltimore Beacon", "Castings & Forge Weekly",
 * "BBN Marren", "KTVR 9 News", "CNX"), and the outlet a dateline, a "Source:" line or a copyright line names.
 */

export const OUTLET_WORDS =
  /\b(?:news|wire|press|times|post|herald|courier|beacon|ledger|journal|tribune|gazette|telegraph|guardian|express|mail|mirror|star|sun|standard|chronicle|observer|radio|tv|television|channel|broadcasting|agency|newsroom|media|online|daily|weekly|network|meridian|echo|mercury|dispatch|sentinel|bulletin|examiner|inquirer|enquirer|advertiser|argus|register|monitor|citizen|statesman|clarion)\b/i;

const NAME_WORD = "\\p{Lu}[\\p{L}\\d&'’.-]*|&|\\d{1,3}";
const TITLE_CASE_NAME = new RegExp(`^(?:The\\s+)?(?:${NAME_WORD})(?:\\s+(?:${NAME_WORD})){0,4}$`, 'u');
/** A broadcaster's or an agency's initials leading its name: "BBN", "KTVR", "PA". */
const INITIALS = /^\p{Lu}{2,4}\d?$/u;

export function looksLikeOutletName(text: string): boolean {
  const name = text.trim();
  if (!TITLE_CASE_NAME.test(name)) return false;
  const words = name.split(/\s+/);
  // "News" alone is a section, not an outlet.
  if (words.length === 1 && !INITIALS.test(name)) return false;
  // "CITY HALL" in capitals throughout is a section or a kicker; "BBN Marren" starts with a broadcaster's initials.
  const initialsFirst = INITIALS.test(words[0]) && (words.length === 1 || /\p{Ll}|\d/u.test(name));
  return initialsFirst || OUTLET_WORDS.test(name);
}

const MONTH_DAY = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{1,2}(?:,?\\s+\\d{4})?';

/**
 * An agency or outlet named by a dateline: "ALDMERE, Dec 13 (Norden Press) - ", "KALDERA/PELLMAR, Dec 2 (Meridian
 * Wire) - ", "Kadara, Dec. 2, 2026 (PNA) ", "(KRVN) - ".
 */
function datelineAgency(block: string): string {
  const dateline =
    /^[\p{Lu}][\p{Lu} .'’/-]+,?\s*(?:\p{Lu}[\p{L} .'’-]{1,30}?,?\s*)?(?:\p{L}{3,9}\.?\s+\d{1,2}\s*)?\(([^)]{2,40})\)\s*[-–—]/u.exec(
      block,
    ) ??
    /^\(([^)]{2,40})\)\s*[-–—]/.exec(block) ??
    // With a date in it, a place written in ordinary case opens a dateline too ("Devgarh, Aug 14 (NPT) The toll…").
    new RegExp(
      `^(?:\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,2},\\s*)?${MONTH_DAY}\\s*\\(([^)]{2,40})\\)\\s*[-–—]?\\s*\\p{Lu}`,
      'u',
    ).exec(block);
  return dateline ? dateline[1].trim() : '';
}

/** "© SRT 2026", "Copyright 2024 KTVC. All rights reserved.", "© 2026 The Northern Courier": the outlet, without the year. */
function copyrightHolder(block: string): string {
  const copyright = /^(?:copyright|©)\s*(?:\d{4}\s+)?(.+?)\.?\s*(?:all rights reserved\.?)?$/i.exec(block);
  return copyright ? copyright[1].replace(/,?\s+\d{4}$/, '').trim() : '';
}

export function outletNamedIn(block: string): string {
  const dateline = datelineAgency(block);
  if (dateline) return dateline;
  const source = /^source:\s*(.+?)(?:\s+and\s+(?:news\s+)?agencies)?\.?$/i.exec(block);
  if (source) return source[1].trim();
  return copyrightHolder(block);
}

/**
 * A dateline's "(NW)" as the copy's furniture spells it out ("National Wire writer Jo Park contributed to this
 * report."): the run of capitalised words whose initials the outlet is. The outlet as it was otherwise.
 */
export function spelledOut(outlet: string, furniture: readonly string[]): string {
  if (!INITIALS.test(outlet)) return outlet;
  for (const line of furniture) {
    const words = line.split(/\s+/);
    for (let start = 0; start + outlet.length <= words.length; start += 1) {
      const run = words.slice(start, start + outlet.length);
      const spelled = run.every((word, index) => new RegExp(`^${outlet[index]}\\p{Ll}+$`, 'u').test(word));
      if (spelled) return run.join(' ');
    }
  }
  return outlet;
}
