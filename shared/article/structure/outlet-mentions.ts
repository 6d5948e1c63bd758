import { looksLikeOutletName, OUTLET_WORDS } from './outlet-names';

/**
 * The outlet as its own furniture and its own story speak of it, for copy whose byline and datelines name none:
 * its newsletter ("Sign up for The Ledger's tech newsletter"), its social accounts ("Follow The Blaze on
 * Instagram"), its tip line ("Do you have a story for The Torch news team?", "Contact the Coast FM newsroom"), its
 * description of itself ("Wenby Today is an independent, reader-funded community news site"), and the story
 * speaking of the outlet ("the Daily Beacon can reveal", "told The Blaze" more than once), and the credits of its
 * own photographers ("Jo Park for The Ledger", "(Image: Kelby Echo)", "(KTVN News: Jo Park)").
 */

/** A name as outlets write theirs: capitalised words, "&" between them, "The" in front. */
const NAME = "((?:The\\s+)?\\p{Lu}[\\p{L}\\d&.'-]*(?:\\s+(?:\\p{Lu}[\\p{L}\\d&.'-]*|&)){0,4})";
/** As the platforms write their names ("Follow The Blaze on Instagram"). */
const PLATFORM = '(?:WhatsApp|Telegram|Twitter|X|Facebook|Instagram|Google News|Threads|TikTok|YouTube|LinkedIn)';

const FURNITURE = [
  // "Sign up for The Ledger's tech newsletter", "Sign up to the Courier’s money newsletter"
  new RegExp(`\\b(?:[Ss]ign up|[Ss]ubscribe)\\s+(?:to|for)\\s+(?:the\\s+)?${NAME}[’']s\\s`, 'u'),
  // "Globe Current's Africa newsletter — sign up here"
  new RegExp(`^${NAME}[’']s\\s[^.]{0,40}\\bnewsletter\\b.{0,6}\\b[Ss]ign up\\b`, 'u'),
  // "Subscribe to Castings & Forge Weekly for daily news"
  new RegExp(`^[Ss]ubscribe\\s+to\\s+${NAME}\\s+for\\s`, 'u'),
  new RegExp(`^[Ff]ollow\\s+(?:the\\s+)?${NAME}\\s+on\\s+${PLATFORM}\\b`, 'u'),
  new RegExp(`\\bstory\\s+for\\s+(?:the\\s+)?${NAME}(?:\\s+news\\s*(?:team|desk|room))?\\s*\\?`, 'u'),
  new RegExp(`\\b[Cc]ontact\\s+(?:the\\s+)?${NAME}\\s+(?:newsroom|news\\s*desk|news team)\\b`, 'u'),
  new RegExp(
    `^${NAME}\\s+is\\s+an?\\s+[^.]{0,80}?\\b(?:newsroom|news site|news organi[sz]ation|news service|newspaper)\\b`,
    'u',
  ),
];

/** "The Bulletin." at a sentence's end: the name without the full stop. */
const withoutStop = (name: string) => name.trim().replace(/[.'’-]+$/u, '');

/** The outlet one line of the copy's furniture names as its own, or ''. */
export function outletInFurniture(block: string): string {
  for (const pattern of FURNITURE) {
    const match = pattern.exec(block.trim());
    if (match) return withoutStop(match[1]);
  }
  return '';
}

/** "Photo", "Images", "Pictures", "Handout": a picture desk or an agency's photo service, not the outlet. */
const PICTURE_DESK = /\b(?:photos?|images?|pictures?|handout|video)\b/i;
/** A newspaper's or a broadcaster's name by its words ("Kelby Echo", "KTVN News"), not initials alone ("AFP"). */
const isCreditOutlet = (name: string) =>
  looksLikeOutletName(name) && OUTLET_WORDS.test(name) && !PICTURE_DESK.test(name);

const CREDITS = [
  // "… until 2024. Jo Park for The Kelby Ledger": the outlet's commissioned photographer
  /[.!?]\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}\s+for\s+([^.()]{2,60})$/u,
  // "(Image: Kelby Echo)"
  /\((?:image|photo|picture|video)\s*:\s*([^()/:]{2,60})\)\s*$/i,
  // "(KTVN News: Jo Park)": the outlet, then its photographer
  /\(([^()/:]{2,60}):\s*\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,2}\)\s*$/u,
  // "(Jo Park / Capitol Dispatch)"
  /\(([^()/]{2,60}?)\s*\/\s*([^()/]{2,60})\)\s*$/u,
  // "| Jo Park/Capitol Dispatch", "Gotham Star/Jo Park": either side of the slash
  /(?:^|[.!?|]\s*)([^./|()]{2,60})\/\s?([^./|()]{2,60})$/u,
];

/** The outlet a caption credits for its own picture, or ''. */
export function outletInCredit(caption: string): string {
  for (const pattern of CREDITS) {
    const match = pattern.exec(caption.trim());
    const name = match?.slice(1).map(withoutStop).find(isCreditOutlet);
    if (name) return name;
  }
  return '';
}

const REVEALS = new RegExp(`(?:^|\\bthe\\s+|\\s)${NAME}\\s+can\\s+reveal\\b`, 'gu');
const SPOKEN_TO = new RegExp(
  `\\b(?:told|[Ss]peaking to|seen by|obtained by|commissioned by)\\s+(?:the\\s+)?${NAME}`,
  'gu',
);

/** "The Blaze", "Daily Beacon": a name that is an outlet's by its words, or has a capital "The" mid-sentence. */
const isOutletShaped = (name: string) => /^The\s/.test(name) || looksLikeOutletName(name);

/**
 * The outlet the story speaks of as itself: "X can reveal" (only the publisher says it), or "told X", "seen by X",
 * "obtained by X" twice or more. '' when the story does neither.
 */
export function outletSpokenOf(paragraphs: readonly string[]): string {
  for (const paragraph of paragraphs)
    for (const match of paragraph.matchAll(REVEALS)) if (isOutletShaped(match[1])) return withoutStop(match[1]);
  return [...namesSpokenTo(paragraphs)].find(([, count]) => count >= 2)?.[0] ?? '';
}

/** The outlet-shaped names the story says it told or spoke to, and how often. */
function namesSpokenTo(paragraphs: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const paragraph of paragraphs)
    for (const name of [...paragraph.matchAll(SPOKEN_TO)].map((match) => withoutStop(match[1])))
      if (isOutletShaped(name)) counts.set(name, (counts.get(name) ?? 0) + 1);
  return counts;
}

/** "© SRT 2026" beside a story that speaks to "SRT News": the outlet by the fuller name the story uses. */
export function fullerName(outlet: string, paragraphs: readonly string[]): string {
  if (outlet === '') return outlet;
  return [...namesSpokenTo(paragraphs).keys()].find((name) => name.startsWith(`${outlet} `)) ?? outlet;
}
