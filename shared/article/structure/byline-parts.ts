import { looksLikeOutletName, OUTLET_WORDS } from './outlet-names';

/**
 * The writer and the outlet in a byline line, as newsrooms write them: "By Petra Lind", "Author: Marta Quispe",
 * "Exclusive by Ana Ruiz, Money Editor", "By regional affairs reporter Ana Ruiz and Tom Park", "Ana Ruiz | The Coast
 * Ledger", "Ana Ruiz · KTVN 4 News", "Tom Reyes, Channel 7 News", "Ana Ruiz for The Ledger", "By ANA RUIZ Coast
 * Press", "Carlo Mendes / Atlas Wire December 14, 2021", "Health reporter, Radio Kelby", "Hannah Lowther Home
 * affairs editor". A date in the line is read elsewhere.
 */

export interface BylineParts {
  byline: string;
  outlet: string;
}

const JOB_WORDS = '(?:reporter|correspondent|editor|writer|staff|contributor|columnist|desk)';
const JOB = new RegExp(`\\b${JOB_WORDS}\\b`, 'i');

function withoutLead(text: string): string {
  return (
    text
      .replace(/^(?:author|writer|reporter|words)\s*:\s*/i, '')
      .replace(/^(?:(?:exclusive|analysis|comment|words|report|posted|written|reported)\s+)?by\s+/i, '')
      // "regional affairs reporter Jess Carmody": the job in lower case before the name
      .replace(new RegExp(`^(?:[\\p{Ll}-]+\\s+){0,3}${JOB_WORDS}\\s+(?=\\p{Lu})`, 'u'), '')
  );
}

function withoutJob(text: string): string {
  return (
    text
      // ", Foreign News Reporter", "| Money Editor": the writer's job, whatever the desk is called
      .replace(new RegExp(`\\s*[,|·]\\s*(?:[\\p{L}&-]+\\s+){0,3}${JOB_WORDS}\\b.*$`, 'iu'), '')
      .replace(/\s+(?:published|updated|posted|last updated)\b.*$/i, '')
      // "Hannah Lowther Home affairs editor" (a name, then the job on the same line): the first two words
      .replace(
        new RegExp(`^(\\p{Lu}[\\p{L}'’-]+\\s+\\p{Lu}[\\p{L}'’-]+)\\s+(?:[\\p{L}-]+\\s+){0,3}${JOB_WORDS}$`, 'iu'),
        '$1',
      )
      .replace(/\s*\|$/, '')
      .trim()
  );
}

/** "KTVN Coastline education correspondent": an outlet's name with the writer's job after it. */
export function outletBeforeJob(text: string): string {
  const outlet = text.replace(new RegExp(`(?:\\s+[\\p{Ll}-]+){0,3}\\s+${JOB_WORDS}$`, 'u'), '').trim();
  return outlet !== text.trim() && looksLikeOutletName(outlet) ? outlet : '';
}

/** The name part with an outlet after a comma, "for", or (a name in capitals) a space. */
function nameAndOutlet(text: string): BylineParts | null {
  const comma = /^([^,]+),\s*(.+)$/.exec(text);
  if (comma && JOB.test(comma[1]) && looksLikeOutletName(comma[2])) return { byline: '', outlet: comma[2].trim() };
  if (comma && !JOB.test(comma[2]) && (looksLikeOutletName(comma[2]) || OUTLET_WORDS.test(comma[2])))
    return { byline: comma[1].trim(), outlet: comma[2].replace(/,.*$/, '').trim() };
  const forOutlet = /^(\p{Lu}.+?)\s+for\s+(.+)$/u.exec(text);
  if (forOutlet && looksLikeOutletName(forOutlet[2])) return { byline: forOutlet[1], outlet: forOutlet[2] };
  const capitals = /^(\p{Lu}[\p{Lu}'’.-]+(?:\s+(?:AND\s+|and\s+)?\p{Lu}[\p{Lu}'’.-]+)+)\s+(\p{Lu}.*\p{Ll}.*)$/u.exec(
    text,
  );
  if (capitals && looksLikeOutletName(capitals[2])) return { byline: capitals[1], outlet: capitals[2] };
  return null;
}

/** "Carlo Mendes / Atlas Wire December 14, 2021": the outlet with the date after it cut off. */
const withoutDate = (text: string) =>
  text.replace(/\s+(?:\p{Lu}\p{Ll}+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+\p{Lu}\p{Ll}+\s+\d{4}).*$/u, '').trim();

const POSTED_WHEN =
  /\s+(?:on|at)\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+\.?\s+\d{1,2}\b|\d{1,2}[/.-]\d{1,2}|\d{1,2}[:.]\d{2}|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b).*$/u;

export function bylineParts(block: string): BylineParts {
  const parts = partsOf(block);
  // "/" between an outlet's name and "By Kate Doyle" names nobody.
  return /\p{L}/u.test(parts.byline) ? parts : { ...parts, byline: '' };
}

function partsOf(block: string): BylineParts {
  const [dated, ...rest] = withoutLead(block.trim()).split(/\s+[|·/]\s+|\s*\|\s*/);
  // "Posted by Marco Ferreira on 30 November 2026 at 17:52": when it was posted is no part of who wrote it.
  const first = dated.replace(POSTED_WHEN, '');
  const outletAfter = rest.map(withoutDate).find(looksLikeOutletName) ?? '';
  const name = withoutJob(first);
  const parts = nameAndOutlet(name);
  if (parts) return { byline: parts.byline, outlet: outletAfter || parts.outlet };
  const outletAlone = outletBeforeJob(first) || (looksLikeOutletName(name) ? name : '');
  if (outletAlone && !/^by\s/i.test(block)) return { byline: '', outlet: outletAlone };
  if (OUTLET_WORDS.test(name) && !/^by\s/i.test(block))
    return {
      byline: '',
      outlet: name
        .replace(/\s+newsroom$/i, '')
        .replace(/,.*$/, '')
        .trim(),
    };
  return { byline: name.replace(/,.*$/, '').trim(), outlet: outletAfter };
}
