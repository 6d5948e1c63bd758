/**
 * The language an article is written in, guessed from its most common short
 * words: enough to pick a spellchecking dictionary for a news story (the
 * languages below), never a claim about a sentence. "" when the text is too
 * short or no language stands out.
 */

const COMMON_WORDS: Record<string, readonly string[]> = {
  en: ['the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'it', 'was', 'on', 'said', 'with', 'he', 'she', 'by', 'this', 'are', 'have', 'from'],
  fr: ['le', 'la', 'les', 'et', 'des', 'du', 'un', 'une', 'est', 'que', 'qui', 'dans', 'pour', 'pas', 'sur', 'au', 'aux', 'avec', 'il', 'elle'],
  de: ['der', 'die', 'das', 'und', 'ist', 'nicht', 'mit', 'den', 'dem', 'sich', 'auf', 'ein', 'eine', 'zu', 'von', 'für', 'auch', 'wird', 'sie', 'es'],
  es: ['el', 'los', 'las', 'y', 'del', 'que', 'en', 'por', 'con', 'para', 'una', 'es', 'se', 'su', 'al', 'lo', 'como', 'más', 'pero', 'dijo'],
  it: ['il', 'di', 'che', 'è', 'della', 'per', 'non', 'con', 'del', 'gli', 'una', 'sono', 'alla', 'nel', 'anche', 'come', 'ha', 'dei', 'delle', 'lo'],
  nl: ['de', 'het', 'een', 'en', 'van', 'is', 'niet', 'op', 'dat', 'met', 'voor', 'zijn', 'aan', 'ook', 'er', 'maar', 'bij', 'wordt', 'naar', 'om'],
  pt: ['o', 'os', 'as', 'e', 'do', 'da', 'dos', 'das', 'que', 'em', 'um', 'uma', 'para', 'com', 'não', 'por', 'mais', 'ao', 'foi', 'disse'],
};

/** Fewer words than this say too little to choose. */
const MIN_WORDS = 12;

export function articleLanguage(text: string): string {
  const words = text.toLocaleLowerCase().match(/[\p{L}']+/gu) ?? [];
  if (words.length < MIN_WORDS) return '';
  const scores = Object.entries(COMMON_WORDS).map(([language, common]) => {
    const set = new Set(common);
    return { language, hits: words.filter((word) => set.has(word)).length };
  });
  scores.sort((a, b) => b.hits - a.hits);
  const [best, next] = scores;
  // A clear winner only: a quarter more hits than the runner-up, and common words make up a tenth of the text.
  return best.hits >= words.length / 10 && best.hits > next.hits * 1.25 ? best.language : '';
}
