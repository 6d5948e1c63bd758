import type { ClaimSuggestion } from '../shared/claim-finder/find-claims';
import type { LabelledArticle, LabelledClaim } from './claim-fixtures';
import { sameEntity } from './same-entity';

/**
 * Scores suggestions against labelled claims. A suggestion matches a label when
 * their spans overlap by at least half of the shorter; each label and each
 * suggestion is matched at most once (best overlap first).
 */

export interface Tally {
  suggested: number;
  labelled: number;
  matched: number;
  /** Matched labels that have a speaker, and how many of those got it right. */
  attributed: number;
  speakerRight: number;
  /** Of those, how many named the same person or body in another form (bench/same-entity.ts), right ones included. */
  entityRight: number;
  /** Matched labels with no speaker that the finder gave one (counted as wrong speakers). */
  spuriousSpeakers: number;
  /** Right speakers whose kind (person / organisation) was labelled, and how many of those the finder got right. */
  kinded: number;
  kindRight: number;
}

export interface Match {
  label: LabelledClaim;
  suggestion: ClaimSuggestion;
}

export const emptyTally = (): Tally => ({
  suggested: 0,
  labelled: 0,
  matched: 0,
  attributed: 0,
  speakerRight: 0,
  entityRight: 0,
  spuriousSpeakers: 0,
  kinded: 0,
  kindRight: 0,
});

/** A label may carry the speaker's kind (real-copy corpus); a suggestion may name one. */
type Kinded = { kind?: string | null };
type KindedSuggestion = { speakerKind?: string | null };

function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

export function matchClaims(labels: LabelledClaim[], suggestions: ClaimSuggestion[]): Match[] {
  const pairs: { label: LabelledClaim; suggestion: ClaimSuggestion; shared: number }[] = [];
  for (const label of labels) {
    for (const suggestion of suggestions) {
      const shared = overlap(label, suggestion);
      const shorter = Math.min(label.end - label.start, suggestion.end - suggestion.start);
      if (shared > 0 && shared >= shorter / 2) pairs.push({ label, suggestion, shared });
    }
  }
  pairs.sort((a, b) => b.shared - a.shared);
  const usedLabels = new Set<LabelledClaim>();
  const usedSuggestions = new Set<ClaimSuggestion>();
  const matches: Match[] = [];
  for (const pair of pairs) {
    if (usedLabels.has(pair.label) || usedSuggestions.has(pair.suggestion)) continue;
    usedLabels.add(pair.label);
    usedSuggestions.add(pair.suggestion);
    matches.push(pair);
  }
  return matches;
}

/** Speakers compare without case, titles, a leading "the" or apostrophes. */
export function sameSpeaker(a: string | null, b: string | null): boolean {
  const normal = (name: string | null) =>
    (name ?? '')
      .toLowerCase()
      .replace(/[’']/g, '')
      .replace(/^(the|a|an|dr\.?|professor|prof\.?|mr\.?|mrs\.?|ms\.?)\s+/, '')
      .replace(/\s+/g, ' ')
      .trim();
  return normal(a) !== '' && normal(a) === normal(b);
}

export function tallyArticle(labels: LabelledClaim[], suggestions: ClaimSuggestion[], matches: Match[]): Tally {
  const attributed = matches.filter((match) => match.label.speaker !== null);
  const right = attributed.filter((match) => sameSpeaker(match.label.speaker, match.suggestion.speaker));
  const kinded = right.filter((match) => (match.label as Kinded).kind);
  return {
    suggested: suggestions.length,
    labelled: labels.length,
    matched: matches.length,
    attributed: attributed.length,
    speakerRight: right.length,
    entityRight: attributed.filter(
      (match) =>
        sameSpeaker(match.label.speaker, match.suggestion.speaker) ||
        sameEntity(match.label.speaker, match.suggestion.speaker),
    ).length,
    spuriousSpeakers: matches.filter((match) => match.label.speaker === null && match.suggestion.speaker !== null)
      .length,
    kinded: kinded.length,
    kindRight: kinded.filter(
      (match) => (match.label as Kinded).kind === (match.suggestion as KindedSuggestion).speakerKind,
    ).length,
  };
}

export function addTally(total: Tally, part: Tally): Tally {
  return {
    suggested: total.suggested + part.suggested,
    labelled: total.labelled + part.labelled,
    matched: total.matched + part.matched,
    attributed: total.attributed + part.attributed,
    speakerRight: total.speakerRight + part.speakerRight,
    entityRight: total.entityRight + part.entityRight,
    spuriousSpeakers: total.spuriousSpeakers + part.spuriousSpeakers,
    kinded: total.kinded + part.kinded,
    kindRight: total.kindRight + part.kindRight,
  };
}

export function ratesOf(tally: Tally) {
  const precision = tally.suggested ? tally.matched / tally.suggested : 0;
  const recall = tally.labelled ? tally.matched / tally.labelled : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const speakerAccuracy = tally.attributed ? tally.speakerRight / (tally.attributed + tally.spuriousSpeakers) : 0;
  const entityAccuracy = tally.attributed ? tally.entityRight / (tally.attributed + tally.spuriousSpeakers) : 0;
  const kindAccuracy = tally.kinded ? tally.kindRight / tally.kinded : 0;
  return { precision, recall, f1, speakerAccuracy, entityAccuracy, kindAccuracy };
}

/** A finder's tally over labelled articles; `find` may be any version of findClaims (bench/finder-arrival.ts). */
export function tallyFinder(find: (text: string) => ClaimSuggestion[], articles: readonly LabelledArticle[]): Tally {
  return articles.reduce((total, article) => {
    const suggestions = find(article.text);
    return addTally(total, tallyArticle(article.claims, suggestions, matchClaims(article.claims, suggestions)));
  }, emptyTally());
}
