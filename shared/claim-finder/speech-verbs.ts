/**
 * Verbs that report speech. Two kinds, because they frame a claim
 * differently:
 * - content verbs carry what was said in the clause after them ("X said
 *   (that) CLAIM", "CLAIM, X told reporters"): the claim is that clause;
 * - act verbs are themselves the news ("X warned Y that it would strike back",
 *   "X accused Y of ...", "the court ruled that ..."): the claim is the whole
 *   sentence, whose subject is also the speaker.
 */

/**
 * Verbs that report speech only before "that" or a quotation ("agreed that …", "shot back: '…'"), or ending a frame
 * after the claim ("…, he agreed."); never "agreed to sell", "informed the police".
 */
const THAT_OR_QUOTE_VERBS = (
  'agree agrees agreed concede contend contends contended conclude concludes concluded indicate indicates indicated ' +
  'signal signals signalled signaled assure assures assured inform informs informed advise advises advised ' +
  'retort retorts retorted protest protests protested observe observes observed ' +
  'mention mentions mentioned concur concurs concurred lament laments lamented recount recounts recounted assert ' +
  'recall recalls recalled maintain maintains maintained'
)
  .split(' ')
  .concat(['shot back', 'fired back', 'fires back', 'snapped back']);

const CONTENT = [
  'say',
  'says',
  'said',
  'saying',
  'tell',
  'tells',
  'told',
  'telling',
  'add',
  'adds',
  'added',
  'adding',
  'state',
  'states',
  'stated',
  'explain',
  'explains',
  'explained',
  'note',
  'notes',
  'noted',
  'noting',
  'write',
  'writes',
  'wrote',
  'insist',
  'insists',
  'insisted',
  'insisting',
  'confirm',
  'confirms',
  'confirmed',
  'claim',
  'claims',
  'claimed',
  'argue',
  'argues',
  'argued',
  'arguing',
  'estimate',
  'estimates',
  'estimated',
  'report',
  'reports',
  'reported',
  'reveal',
  'reveals',
  'revealed',
  'stress',
  'stresses',
  'stressed',
  'accept',
  'accepts',
  'accepted',
  'read',
  'reads',
  'point out',
  'points out',
  'pointed out',
  'suggest',
  'suggests',
  'suggested',
  'fumed',
  'scoffed',
  'blasted',
  'hit back',
  'hits back',
  'told reporters',
  'found',
  'finds',
  'raged',
  'hit out',
  'hits out',
  'lashed out',
  'reiterated',
  'reiterates',
  'testified',
  'testifies',
  'disclosed',
  'discloses',
  'declared',
  'declares',
  'asserted',
  'asserts',
  'remarked',
  'boasted',
  'boasts',
  'replied',
  'replies',
  'responded',
  'countered',
  'counters',
  'posted',
  'tweeted',
  'complained',
  'complains',
  'emphasised',
  'emphasized',
  'underlined',
  'clarified',
  'commented',
  'hinted',
  'joked',
  'quipped',
  'confessed',
  'confesses',
  'gushed',
  'sobbed',
  'beamed',
  'laughed',
  'wept',
  'raved',
  'went on to say',
  'goes on to say',
  ...THAT_OR_QUOTE_VERBS,
];

const ACT = [
  'warn',
  'warns',
  'warned',
  'warning',
  'accuse',
  'accuses',
  'accused',
  'accusing',
  'denounce',
  'denounces',
  'denounced',
  'condemn',
  'condemns',
  'condemned',
  'defend',
  'defends',
  'defended',
  'vow',
  'vows',
  'vowed',
  'urge',
  'urges',
  'urged',
  'recommended',
  'recommends',
  'call on',
  'calls on',
  'called on',
  'called for',
  'calls for',
  'call for',
  'rule',
  'rules',
  'ruled',
  'ruling',
  'citing',
  'order',
  'orders',
  'ordered',
  'announce',
  'announces',
  'announced',
  'deny',
  'denies',
  'denied',
  'reject',
  'rejects',
  'rejected',
  'criticise',
  'criticises',
  'criticised',
  'criticize',
  'criticizes',
  'criticized',
  'blame',
  'blames',
  'blamed',
  'allege',
  'alleges',
  'alleged',
  'admit',
  'admits',
  'admitted',
  'acknowledge',
  'acknowledges',
  'acknowledged',
  'threaten',
  'threatens',
  'threatened',
  'demand',
  'demands',
  'demanded',
  'dismiss',
  'dismissed',
  'dismisses',
  'disputed',
  'disputes',
  'insisted',
  'promised',
  'pledged',
  'cautioned',
  'slammed',
  'slams',
  'branded',
  'brands',
  'documented',
  'called',
  'conceded',
  'concedes',
  'forecast',
  'forecasts',
  'expect',
  'expects',
  'asked',
  'asks',
  'asking',
  'written',
  'predicted',
  'predicts',
  'projected',
  'projects',
  'calling on',
  'calling for',
  'urging',
  'demanding',
  'threatening',
  'vowing',
  'pledging',
];

const ALL = [...new Set([...CONTENT, ...ACT])].sort((a, b) => b.length - a.length);

/** A speech verb, as a regular-expression alternative (longest first: "called on" before "called"). */
export const SPEECH_VERB = ALL.map((verb) => verb.replace(/ /g, '\\s+')).join('|');

const ACT_SET = new Set(ACT);

export function isActVerb(verb: string): boolean {
  return ACT_SET.has(verb.toLowerCase().replace(/\s+/g, ' ')) && !CONTENT.includes(verb.toLowerCase());
}

/** "The court ordered the council to pay …": an order is a ruling only from those who rule (speech-frames.ts). */
export const isOrder = (verb: string) => /^order(?:s|ed)?$/i.test(verb);

/**
 * "The court upheld the conviction, ruling that …", "…, citing …": act participles that give the actor's own words,
 * unlike "…, accusing them of …" after a plain act (speech-frames.ts).
 */
export const speaksAsParticiple = (verb: string) => /^(?:ruling|citing)$/i.test(verb);

/** "Forecasters expect temperatures to reach 41C": an expectation is a forecast only with a figure in it. */
export function needsFigure(verb: string): boolean {
  return /^expects?$/i.test(verb);
}

/** "asked", "written", "expect": speech only before what was asked, written or expected, never ending a sentence. */
export function isLeadingOnly(verb: string): boolean {
  return /^(?:asked|asks|asking|written|expects?)$/i.test(verb);
}

/**
 * "has asked the chief constable for a report", "has written to the minister asking for a ban": a demand made of
 * someone; not "asked not to be named", "asked whether …", "has written a book".
 */
export function demandsOfSomeone(verb: string, rest: string): boolean {
  if (/^ask(?:ed|s|ing)$/i.test(verb))
    return (
      !/^\s+(?:not|whether|if|why|how|what|when|where|who|about)\b/i.test(rest) &&
      /^\s+[\p{L}\s'’-]{1,60}?\s+(?:for|to)\s+\S/u.test(rest)
    );
  if (/^written$/i.test(verb))
    return /^\s+to\s+[^,.;]{2,80}?\b(?:asking|calling|urging|demanding|requesting|seeking)\b/i.test(rest);
  return true;
}

/** "is asking a judge to freeze …": a request, its asker's even when a document reports it ("…, court papers show"). */
export function isRequest(verb: string): boolean {
  return /^ask(?:ed|s|ing)$/i.test(verb);
}

/** "called" is a speech act only when it names what something is, in quotation marks: 'called the accusations "absurd"'. */
export function needsQuotedObject(verb: string): boolean {
  return /^called$/i.test(verb);
}

/** "found" and "finds" report speech only after the claim ("..., the board found"), never before it ("Engineers found ..."). */
export function isTrailingOnly(verb: string): boolean {
  return /^(found|finds)$/i.test(verb);
}

/**
 * "posted" and "tweeted" report speech only with what was posted: "posted on social media that ...", not "posted a
 * video"; "accepted that …" under cross-examination, not "accepted the offer"; 'A statement from the club read: "…"', not
 * "read the report".
 */
const NEEDS_THAT_OR_QUOTE = new Set([
  ...THAT_OR_QUOTE_VERBS,
  ...'posted tweeted accept accepts accepted read reads'.split(' '),
]);

export function needsThatOrQuote(verb: string): boolean {
  return NEEDS_THAT_OR_QUOTE.has(verb.toLowerCase().replace(/\s+/g, ' '));
}
