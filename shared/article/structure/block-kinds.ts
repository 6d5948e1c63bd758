import { isByline } from './byline-shapes';

/**
 * What a block (a paragraph, or a line of one) of pasted or imported news
 * copy is when it is not article text: a byline, a timestamp, a photo caption
 * or credit, a "READ MORE" link, an agency line, boilerplate. Recognised from
 * its wording alone; where a block sits (headline, standfirst, subhead) is
 * decided in article-layout.ts.
 */

export type MetaKind = 'byline' | 'timestamp' | 'caption' | 'link' | 'boilerplate';

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const DATE_OR_TIME = new RegExp(
  [
    `\\b\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}(?:\\s+\\d{4})?`,
    `\\b${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?`,
    '\\b\\d{4}-\\d{2}-\\d{2}\\b',
    '\\b\\d{1,2}[:.]\\d{2}\\s*(?:am|pm|a\\.m\\.|p\\.m\\.)?(?:\\s*(?:gmt|utc|bst|cet|[a-z]st|[a-z]dt))?',
    '\\b\\d{1,2}\\s*(?:am|pm)\\b',
    '\\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\b',
    '\\b\\d+\\s+(?:minutes?|mins?|hours?|hrs?|days?)\\s+ago\\b',
    '\\b\\d{4}\\b',
  ].join('|'),
  'gi',
);
const TIMESTAMP_WORDS =
  /\b(?:published|updated|posted|last updated|last modified|modified|first published|on|at|and|(?:mon|tue|wed|thu|fri|sat|sun)\p{L}*|\|)\b/giu;

const CAPTION_PATTERNS = [
  // "... [File: Ana Petrescu/Meridian]", "[Stefan Ilie/Eastpix]"
  /\[(?:file(?: photo)?:\s*)?[^\]]{2,80}\/[^\]]{2,80}\]\s*$/i,
  // "... 2021. Norden Press/Jan Moritz" — a credit glued to the end of a caption
  /[.)]\s+\p{Lu}[\p{L}\d&.'’ -]{1,40}\s?\/\s?\p{Lu}[\p{L}.'’ -]{1,40}$/u,
  /^(?:image|photo|picture|video)\s+(?:source|caption|credit)\b/i,
  /^(?:pictured|picture|photo|image|watch|video|listen|gallery)\s*:/i,
  /\((?:image|photo|picture|video|courtesy|credit|pictures?)(?:\s+(?:courtesy|credit|source))?\s*:[^)]*\)\s*$/i,
  /\bpicture:\s*[^.]{2,60}$/i,
  // "… was posted online. Credit: TikTok": a credit after the caption's last full stop (not "photo:" mid-sentence)
  /[.!?]["'”’]?\s+(?:credit|photo|image)s?:\s*[^.]{2,40}$/i,
  // "… after the accident Credit: Trumpet Pictures": a tabloid's caption has no full stop before its credit.
  /\p{Ll}\s+(?:Credit|Photo|Image)s?:\s*\p{Lu}[^.]{1,40}$/u,
  // "… on Wednesday. | Photo Credit: Special Arrangement", "… on Tuesday. | Jo Park/Coast Ledger": a credit after a bar
  /[.!?]\s*\|\s*(?:photo(?:\s+credit)?|image|picture|credit)s?\s*:\s*[^|]{2,60}$/i,
  /[.!?]\s*\|\s*\p{Lu}[\p{L}.'’ -]{1,40}\/\s?\p{Lu}[\p{L}.'’ -]{1,40}$/u,
  // "… at a news briefing on Tuesday. (KTVN)": a short caption, then the broadcaster's initials in brackets
  /^(?![^()]*\b(?:said|says)\b)[^()]{10,200}[.!?]\s+\(\p{Lu}{2,6}\)$/u,
  // "… where she worked until 2024. Jo Park for The Coast Ledger": the photographer, then the outlet
  /[.!?]\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}\s+for\s+(?:The\s+)?\p{Lu}[\p{L}&'’-]*(?:\s+\p{Lu}[\p{L}&'’-]*){0,3}$/u,
  // "… on Tuesday. (Jerome Bates / The Baltimore Beacon)": a photographer and an outlet in brackets
  /[.!?]\s*\(\p{Lu}[\p{L}.'’ -]{1,40}\s*\/\s*[^)]{2,60}\)\s*$/u,
  // "… evening. (SBC News: Ana Ruiz)": an outlet and a photographer's name, nothing else, in brackets
  /[.!?]\s*\((?:\p{Lu}[\p{L}'’-]*\s+){0,2}\p{Lu}[\p{L}'’-]*:\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\)\s*$/u,
  // A tabloid's caption: "‘WORTH NOTHING’: Kerry with her van", "BEFORE AND AFTER: Gemma before the treatment"
  /^[‘'"“]?\p{Lu}[\p{Lu}\d\s'’!&-]{3,40}[’'"”]?:\s+\S.*[^.!?"”]$/u,
  // "… on October 9. (SBC News: Will Paterson)": a credit in brackets, the outlet then the photographer.
  /[.!?]["”’]?\s+\(\p{Lu}[\p{L}\d&.'’ -]{1,40}:\s*\p{Lu}[\p{L}.'’ -]{1,40}\)\s*$/u,
];

// Words that also open ordinary sentences ("More than 3,000 people…", "Related to the closure…") are a link
// line only with their colon; the longer phrases are a link line either way.
const LINK_PATTERN =
  /^(?:(?:read more|see also|also read|also see|related (?:topics|stories|articles|coverage|content|reading)|watch more|more (?:from|on|stories)|most read)\b\s*:?|(?:more|related|recommended)\s*:|read\s*\|)/i;

const BOILERPLATE_PATTERNS = [
  /^source:\s/i,
  /^(?:share|tweet|email|save|print|copy link)(?:\s+(?:this|article|on \w+|via \w+|or comment)\b.*)?$/i,
  // Sharing buttons on lines of their own
  /^(?:facebook|twitter|x|telegram|linkedin|whatsapp|reddit|pinterest|threads|bluesky|messenger)$/i,
  /^(?:share|tweet|email|save)(?:\s+(?:share|tweet|email|save))+$/i,
  /^(?:follow us|sign up|subscribe|have your say|got a story|do you have a story|join the conversation|join the debate|comments?|have a tip|got a tip)\b/i,
  /^some links in this (?:article|story|page)\b.*\baffiliate\b/i,
  /^republish this (?:story|article)\b(?!\?)/i,
  /^(?![^.]*\b(?:said|says)\b)[^.]{0,80}\bis available (?:on|wherever you get your) (?:all )?podcast/i,
  // "Get our free weekly newsletter", "Get the latest rural news delivered to your inbox"
  /^get (?:our|the latest)\b[^.]{0,80}\b(?:newsletter|inbox)\b/i,
  /^download (?:the|our)\b[^.]{0,60}\bapp\b/i,
  // "Follow KTVN’s coverage of the trial at ktvn.example/trial."
  /^follow \S+[’']s coverage\b/i,
  /^this (?:article|story|report) (?:is based on|first appeared|originally appeared|was (?:first|originally) published)\b/i,
  /^[Ww]ith files from (?:[Tt]he )?\p{Lu}[^.!?]{0,80}\.?$/u,
  // An agency's slug on a line of its own: "(PNA)"
  /^\(\p{Lu}{2,6}\)$/u,
  // "In short:" over the summary lines
  /^in short\s*:$/i,
  // "Karvapur / sand mining / crime, law and justice": the story's tags as a path
  /^[^/|>.!?]{1,40}(?:\s+\/\s+[^/|>.!?]{1,40}){2,}$/,
  /\ball rights reserved\b/i,
  /^(?:copyright|©)/i,
  /^(?:\(?(?:(?:additional|associated)\s+)?(?:reporting|writing|editing|compiled|produced)\s+by)\b/i,
  /^[Ee]dited by \p{Lu}[\p{L}'’-]+\s+\p{Lu}/u,
  // "Associated Press writer Kim Lee contributed to this report.", "… writer Jonas Berg contributed from Lorvane."
  /^[^!?"“]{3,160}?\bcontributed\s+(?:reporting\s+)?(?:(?:to\s+)?(?:this|the)\s+(?:report|story|article)|from\s+[^!?"“]{2,60})\.?$/i,
  /^contributing:\s/i,
  /^(?:topics|filed under|tags|tagged|categories)(?:\s*:|$)/i,
  /^(?:reuse this content|our standards:)/i,
  /\bauto-generated from a syndicated feed\b/i,
  /\bsign(?:ing)? up (?:to|for) our\b[^.]{0,60}\bnewsletter\b/i,
  // "Wenby Today is an independent, reader-funded community news site.": the outlet describing itself
  /^(?:The\s+)?\p{Lu}[\p{L}&'’-]*(?:\s+\p{Lu}[\p{L}&'’-]*){0,4}\s+is\s+an?\s+[^.]{0,80}?\b(?:newsroom|news site|news organi[sz]ation|news service)\b/u,
  // "The Ledger's politics newsletter — sign up here"
  /^[^.!?"“]{0,60}\bnewsletter\b[^.!?]{0,10}\bsign up\b[^.!?]{0,20}$/i,
  /^[_*=~-]{3,}$/,
  // "This article was amended on …", "Update, Dec 1, 8:40 PM ET: This story has been updated with …"
  /^(?:update[^.]{0,40}?:\s*)?this (?:article|story|report) (?:was|has been) (?:amended|updated|corrected)\b/i,
  /^[^"“”]{0,60}\bfollow us on (?:whatsapp|telegram|twitter|x|facebook|instagram|google news|threads|tiktok)\b/i,
  /^follow (?:us|\S+(?:\s+\S+){0,3}) on (?:whatsapp|telegram|twitter|x|facebook|instagram|google news|threads|tiktok)\b/iu,
  /^stay with \p{Lu}.{0,40}\bfor (?:updates|the latest)\b/iu,
  // An author's or a tip line's e-mail ("Reach her at …@….com", "Send them to news@….com")
  /^[^"“”]{0,200}\b[\w.+-]+@[\w-]+\.[\w.]+\b[^"“”]{0,40}$/,
  // A wire's closing slug of initials ("az-dv/jm/rl")
  /^[a-z]{2,4}(?:-[a-z]{2,4})?(?:\/[a-z]{2,4}){1,4}$/,
  // A wire story's note on what this version adds: "(Adds union comment, paragraphs 5-6)", "(Updates with closing prices)"
  /^\((?:adds|updates|recasts|rewrites|corrects|changes|fixes|refiles|repeats|new throughout)\b[^()]*\)$/i,
  // "Key points:" and the summary lines under it repeat the story; they are not its text.
  /^(?:key points|key facts|at a glance)\s*:/i,
];

function words(text: string): string[] {
  return text.split(/\s+/).filter((word) => /[\p{L}\d]/u.test(word));
}

/** A block of dates, times and the words around them ("Published On 13 Dec 2021", "Dec 6, 2022 · 5 min read"). */
function isTimestamp(text: string): boolean {
  if (/\b\d+\s+min(?:ute)?s?\s+read\b/i.test(text) && words(text).length <= 12) return true;
  if (!DATE_OR_TIME.test(text)) return false;
  DATE_OR_TIME.lastIndex = 0;
  const rest = text.replace(DATE_OR_TIME, ' ').replace(TIMESTAMP_WORDS, ' ');
  return words(rest).length <= 1 && words(text).length <= 20;
}

/** "Home > Rally > News", "News › UK › Wales": a page's navigation path, wherever the paste put it. */
export const isBreadcrumb = (text: string) =>
  /^[^>›»]{1,30}(?:\s+[>›»]\s+[^>›»]{1,30}){2,}$/u.test(text) &&
  text.split(/\s+[>›»]\s+/u).every((segment) => words(segment).length <= 3);

export function metaKindOf(block: string): MetaKind | null {
  const text = block.trim();
  if (text === '') return null;
  if (text.startsWith('/') || /^\(?\p{Lu}[\p{L} ]{1,40}\)?\s*[-–—]\s*$/u.test(text)) return 'byline';
  if (LINK_PATTERN.test(text) && (text.length < 160 || /^read more\b/i.test(text))) return 'link';
  if (BOILERPLATE_PATTERNS.some((pattern) => pattern.test(text))) return 'boilerplate';
  if (isByline(text)) return 'byline';
  if (isTimestamp(text)) return 'timestamp';
  if (/^(?:published|updated|posted|last updated)\b/i.test(text) && words(text).length <= 24) return 'timestamp';
  if (CAPTION_PATTERNS.some((pattern) => pattern.test(text))) return 'caption';
  return null;
}

/**
 * The length of a dateline at the start of a paragraph, or 0:
 * "ALDMERE, Dec 13 (Norden Press) - ", "DRESK, Lavoria, Oct 9 (Tidewater) - ", "(KRVN) - ", "KYIV, Ukraine — ",
 * "WASHINGTON (AP) — ".
 */
const DATELINE = new RegExp(
  [
    `^\\p{Lu}[\\p{Lu}\\p{L} .'’/-]{1,40}(?:,\\s*(?:\\p{Lu}[\\p{L} .'’-]{1,30}?,?\\s*)?(?:${MONTH}\\s+\\d{1,2}(?:,?\\s+\\d{4})?\\s*)?|\\s+)\\([^)]{2,40}\\)\\s*[-–—]+\\s*`,
    '^\\([^)]{2,40}\\)\\s*[-–—]+\\s*',
    `^\\p{Lu}[\\p{Lu} .'’/-]{2,40}(?:,\\s*\\p{Lu}[\\p{L} .]{1,30})?(?:,?\\s*${MONTH}\\s+\\d{1,2}(?:,?\\s+\\d{4})?)?\\s+[-–—]+\\s+`,
  ].join('|'),
  'iu',
);

export function datelineLength(paragraph: string): number {
  const match = DATELINE.exec(paragraph);
  if (!match) return 0;
  // The all-capitals form must really be capitals ("ALDMERE —"), not a sentence's first word.
  const city = /^[^,(—–-]+/.exec(match[0])?.[0].trim() ?? '';
  if (!match[0].startsWith('(') && (city !== city.toUpperCase() || !/\p{Lu}{2}/u.test(city))) return 0;
  return match[0].length;
}

/**
 * The country a dateline names after its city: "ISOLA BRAVA, Marenza (EPN) —" -> "Marenza". (A US state written in
 * full passes too; "Mich." does not.)
 */
export function datelineCountry(paragraph: string): string | null {
  const length = datelineLength(paragraph);
  const country =
    length > 0 ? /^[^,(—–-]+,\s*(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)\s*[(—–-]/u.exec(paragraph.slice(0, length)) : null;
  return country ? country[1] : null;
}

/** The place a dateline names, as a name is written: "BRENTWOOD PARK, Mich. (WRDL) - " -> "Brentwood Park"; else null. */
export function datelinePlace(paragraph: string): string | null {
  const length = datelineLength(paragraph);
  const city = length > 0 ? (/^[^,(—–-]+/.exec(paragraph.slice(0, length))?.[0].trim() ?? '') : '';
  if (!/\p{L}/u.test(city)) return null;
  return city
    .toLowerCase()
    .replace(/(^|[\s'’-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}
