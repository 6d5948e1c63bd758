import type { Attribution } from './attribution';
import type { NamePhrase } from './names';
import type { Entity, Sentence, Token } from './nlp';

/**
 * The evidence a span carries for being check-worthy. Each feature is a yes/no
 * question about the claim span (or its sentence); their weights and the
 * reasons shown to the checker live in scoring.ts.
 */

export const FEATURES = [
  'quantity',
  'percentOrMoney',
  'date',
  'namedEntity',
  'reportedSpeech',
  'namedSpeaker',
  'speechAct',
  'pastEvent',
  'comparison',
  'change',
  'causal',
  'firstPerson',
  'opinion',
  'future',
  'question',
  'short',
  'headline',
] as const;

export type Feature = (typeof FEATURES)[number];

export interface ClaimSpan {
  text: string;
  tokens: Token[];
  entities: Entity[];
  names: NamePhrase[];
}

const NUMBER_WORDS =
  /\b(half|halved|third|quarter|twice|double|doubled|tripled|dozens?|hundreds|thousands|millions?|billions?|one in (two|three|four|five|ten)|nine in ten|majority)\b/i;
const YEAR = /^(1[89]\d\d|20\d\d)$/;
const MONTHS = /\b(January|February|March|April|May|June|July|August|September|October|November|December)\b/;
const MONEY_OR_PERCENT = /%|\b(percent|per cent|percentage points?|crowns|euros?|dollars?|pounds|kroner)\b|[$€£]/i;
const COMPARISON =
  /\b(more|less|fewer|most|least|than|record|highest|lowest|largest|biggest|smallest|fastest|slowest|oldest|youngest|longest|shortest|steepest|worst|best|first time|ever|in a row|compared with|since \d{4}|any other|the only|no other)\b/i;
const CHANGE =
  /\b(rose|rise|risen|rising|fell|fall|fallen|falling|grew|grow|grown|increased?|decreased?|declined?|dropped|drop|doubled|halved|cut|raised|lost|gained|up|down|jumped|slumped|surged|shrank|shrinking|retreated|recovered)\b/i;
const CAUSAL =
  /\b(because|due to|as a result|led to|leads to|caused|causes|blamed|thanks to|explains?|driven by|resulted in|so that|therefore|hit)\b/i;
const FIRST_PERSON = /\b(I|[Ww]e|[Mm]y|[Oo]ur|me|us)\b/;
const OPINION =
  /\b(think|believe|feel|hope|hoped|should|must|want|wanted|need to|proud|delighted|happy|glad|love|welcome|deserve|matters?|excuse|strong|committed to)\b/i;
/** Past and perfect forms: events happened, which is what news copy reports and a checker can verify. */
const IRREGULAR_PAST = new Set(
  (
    'was were had did made took went came gave got left won lost paid sent held kept brought bought sold told found began ' +
    'became fell rose grew met ran saw spent struck stood thought led cut hit put set shut beat drew fled flew fought broke ' +
    'chose spoke wrote stole swore taken given gone done seen known shown begun risen fallen grown written spoken chosen ' +
    'driven stolen sworn been'
  ).split(' '),
);
const FUTURE =
  /\b(will|would|going to|plans? to|expected to|is to|are to|hopes? to|intends? to|next (week|month|year|summer|spring|autumn|winter))\b/i;

/** Superlatives by their tag and ending: "weakest", "highest"; not "honest" or "interest". */
function isSuperlative(token: Token): boolean {
  return (
    (token.pos === 'ADJ' || token.pos === 'ADV') &&
    /\p{L}{2,}est$/u.test(token.text) &&
    !/^(honest|modest|earnest)$/i.test(token.text)
  );
}

function isPastForm(token: Token): boolean {
  if (token.pos !== 'VERB' && token.pos !== 'AUX') return false;
  const word = token.text.toLowerCase();
  return (
    IRREGULAR_PAST.has(word) ||
    (/[a-z]{2,}ed$/.test(word) && !/^(need|feed|seed|speed|bleed|breed|proceed|succeed|exceed)$/.test(word))
  );
}

function isQuantityToken(token: Token): boolean {
  return token.pos === 'NUM' && !YEAR.test(token.text) && !/^one$/i.test(token.text);
}

export function featuresOf(
  span: ClaimSpan,
  sentence: Sentence,
  attribution: Attribution,
  isFirstBlock: boolean,
): Set<Feature> {
  const found = new Set<Feature>();
  const add = (feature: Feature, present: boolean) => present && found.add(feature);
  const { text } = span;
  add(
    'quantity',
    span.tokens.some(isQuantityToken) ||
      span.entities.some((e) => ['CARDINAL', 'PERCENT', 'MONEY'].includes(e.type)) ||
      NUMBER_WORDS.test(text),
  );
  add('percentOrMoney', MONEY_OR_PERCENT.test(text));
  add(
    'date',
    span.entities.some((e) => e.type === 'DATE') || span.tokens.some((t) => YEAR.test(t.text)) || MONTHS.test(text),
  );
  add('namedEntity', span.names.length > 0);
  add('reportedSpeech', attribution.reported);
  add('namedSpeaker', attribution.reported && attribution.speaker !== null);
  add('speechAct', attribution.act);
  add('pastEvent', span.tokens.some(isPastForm));
  add('comparison', COMPARISON.test(text) || span.tokens.some(isSuperlative));
  add('change', CHANGE.test(text));
  add('causal', CAUSAL.test(text));
  add('firstPerson', FIRST_PERSON.test(text));
  add('opinion', OPINION.test(text));
  add('future', FUTURE.test(text));
  add('question', /\?\s*["”]?$/.test(sentence.text));
  add('short', text.split(/\s+/).length < 6);
  add(
    'headline',
    !/[.!?:"”)]$/.test(sentence.text) &&
      sentence.start === sentence.blockStart &&
      (isFirstBlock || sentence.text.split(/\s+/).length < 14),
  );
  return found;
}
