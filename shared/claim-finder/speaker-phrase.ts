/**
 * The subject of a speech frame ("Defence Minister Ilse Varga", "The
 * commission's chairman, Isaac Boateng", "Human rights groups", "the
 * ministry", "she") read as a reference to a speaker, before it is resolved
 * against earlier mentions (speaker-memory.ts).
 */

export type SpeakerKind = 'person' | 'organization';

export type SpeakerRef =
  | { form: 'pronoun'; pronoun: 'he' | 'she' | 'it' | 'they' }
  /** A proper name: a person, an organisation, a country, or a surname to be completed; `kind` when the words before it say ("campaign group X"). */
  | { form: 'name'; text: string; kind?: SpeakerKind }
  /** A common-noun phrase: "police spokesperson", "Human rights groups"; `definite` ones ("the ministry") point back. */
  | { form: 'description'; text: string; head: string; kind: SpeakerKind; definite: boolean };

/** Words that introduce a person's name rather than belong to it (any case). */
export const TITLES = new Set(
  ('dr dr. prof prof. professor mr mr. mrs mrs. ms ms. miss sir dame lord lady minister president premier prime councillor ' +
    'senator mayor chancellor judge justice captain coach lawyer nurse chief executive director manager chair chairman ' +
    'chairwoman secretary spokesperson spokesman spokeswoman analyst founder leader researcher reverend general colonel ' +
    'inspector officer governor head mp deputy commander sheriff boss star ace agent engineer consultant correspondent ' +
    'editor economist ambassador envoy king queen prince princess candidate campaigner coordinator president-elect').split(' '),
);

/** Head nouns of organisations and institutions. */
export const ORG_HEADS = new Set(
  ('ministry department office university institute college school council committee commission agency authority ' +
    'trust union alliance association federation society party bank board bureau court centre center company ' +
    'corporation group firm government police coastguard service army navy military parliament assembly senate ' +
    'congress cabinet administration regime opposition charity organisation organization foundation network unit ' +
    'club league team fund chamber tribunal inquiry watchdog regulator insurer lender airline carrier embassy ' +
    'consulate observatory forces guard survey press news wire media broadcaster newspaper executive').split(' '),
);

/** Singular nouns for one person. */
export const PERSON_HEADS = new Set(
  ('spokesperson spokesman spokeswoman official source insider pal friend relative neighbour neighbor witness resident ' +
    'minister lawyer chairman chairwoman director commander coordinator engineer doctor nurse teacher officer analyst ' +
    'economist expert adviser advisor aide diplomat manager boss leader member mother father son daughter wife husband ' +
    'woman man girl boy survivor victim judge prosecutor investigator researcher scientist owner worker driver student ' +
    'tenant pensioner parent campaigner activist farmer shopkeeper patient customer passenger volunteer').split(' '),
);

/** Things that are not speakers: "the report said", "figures show". */
const DOCUMENTS = new Set(
  ('report reports survey surveys figures data study studies analysis records papers documents document statement statements ' +
    'accounts claim judgment judgement poll polls research filing filings statistics numbers letter letters memo review ' +
    'audit assessment estimate estimates forecast forecasts model models findings book article paper website notice').split(' '),
);

const LEADING_WORDS = /^(?:but|and|yet|so|however|meanwhile|instead|now|still|also|separately|earlier|later)\b[\s,]*/i;
const GROUP_OF = /^(?:a|an|the)?\s*(?:group|team|panel|number|coalition|handful|delegation|body)\s+of\s+/i;
const TRAILING = new RegExp(
  '\\s+(?:' +
    [
      '(?:late|early)?\\s*(?:on|last|this|next)\\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year|night|evening|morning|afternoon)\\b.*',
      '(?:in|on|at|during|after|before|to)\\s+(?:a|an|the|his|her|its|their)\\s+(?:statement|interview|speech|message|post|call|conference|briefing|letter|meeting|hearing|judgment|judgement|news conference).*',
      'has|have|had|also|later|previously|again|repeatedly|then|now|was|were|is|are|would|will|had\\s+earlier|on\\s+\\w+day',
    ].join('|') +
    ')\\s*$',
  'i',
);

const capitalised = (word: string) => /^[\p{Lu}\d]/u.test(word);
const isConnector = (word: string) => /^(?:of|for|the|and|&|de|al|van|von|da|del|la|le|on)$/i.test(word);

function stripTrailing(text: string): string {
  let current = text.trim();
  for (let guard = 0; guard < 6; guard += 1) {
    const next = current.replace(TRAILING, '').trim();
    if (next === current) break;
    current = next;
  }
  return current;
}

/** "Defence Minister Ilse Varga" -> "Ilse Varga"; "Kosmar's President Dariusz Olek" -> "Dariusz Olek"; null when the run is all title. */
function nameInRun(words: string[]): string | null {
  let start = 0;
  words.forEach((word, index) => {
    if (/['’]s$/.test(word) && index < words.length - 1) start = index + 1;
  });
  let lastTitle = start - 1;
  for (let index = start; index < words.length - 1; index += 1) {
    const word = words[index].toLowerCase().replace(/,$/, '');
    if (TITLES.has(word) || PERSON_HEADS.has(word)) lastTitle = index;
  }
  const name = words.slice(lastTitle + 1);
  while (name.length > 0 && isConnector(name[0])) name.shift();
  if (name.length === 0 || (name.length === 1 && TITLES.has(name[0].toLowerCase()))) return null;
  return name.join(' ');
}

/** The trailing run of capitalised words (with "of", "for", "the" inside), or null when the phrase ends lower-case. */
function capitalisedTail(words: string[]): string[] | null {
  if (words.length === 0 || !capitalised(words[words.length - 1])) return null;
  let start = words.length - 1;
  for (;;) {
    let next = start - 1;
    while (next > 0 && isConnector(words[next])) next -= 1;
    if (next < 0 || next === start || !capitalised(words[next]) || isConnector(words[next])) break;
    start = next;
  }
  return words.slice(start);
}

/** Looks like a person's name: two to four capitalised words, none of them an organisation word. */
export function looksLikePersonName(text: string): boolean {
  const words = text.split(/\s+/);
  return words.length >= 2 && words.length <= 4 && words.every((word) => capitalised(word) && !ORG_HEADS.has(word.toLowerCase())) && !/['’]s$/.test(text);
}

function descriptionKind(words: string[]): SpeakerKind {
  const head = words[words.length - 1].toLowerCase();
  if (ORG_HEADS.has(head)) return 'organization';
  if (PERSON_HEADS.has(head)) return 'person';
  return /s$/.test(head) && !/ss$/.test(head) ? 'organization' : 'person';
}

/** "the report", "figures", "a study published in ...": a document, not a speaker. */
function isDocument(words: string[]): boolean {
  const bare = (word: string) => word.toLowerCase().replace(/['’]s$/, '');
  if (DOCUMENTS.has(bare(words[words.length - 1]))) return true;
  const head = /^(?:a|an|the|new|its|their|his|her)$/i.test(words[0]) ? words[1] : words[0];
  return !!head && DOCUMENTS.has(bare(head)) && !/^\p{Lu}/u.test(head);
}

/** Comma pieces of a subject: the appositive name wins ("Its chief executive, Fiona Marsh"); a leading adverbial is dropped. */
function choosePiece(text: string): string {
  const pieces = text.split(/\s*,\s*/).map((piece) => piece.trim()).filter(Boolean);
  if (pieces.length <= 1) return pieces[0] ?? '';
  const named = pieces.slice(1).find((piece) => looksLikePersonName(nameInRun(piece.split(/\s+/)) ?? ''));
  if (named) return named;
  const first = pieces[0];
  const adverbial = /^(?:in|on|at|after|before|during|speaking|writing|asked|responding|last|earlier|later|from|with|for|under|as)\b/i.test(first);
  return adverbial ? pieces[pieces.length - 1] : first;
}

export function speakerRefOf(phrase: string): SpeakerRef | null {
  let text = phrase.replace(/^[\s"“”'‘’(]+|[\s"“”'‘’,:;.)]+$/g, '').replace(LEADING_WORDS, '');
  text = stripTrailing(choosePiece(text));
  if (/^(?:them|him|her|us|me|you|this|that|these|those|there|which|who)\b/i.test(text)) return null;
  const pronoun = /^(he|she|it|they)$/i.exec(text);
  if (pronoun) return { form: 'pronoun', pronoun: pronoun[1].toLowerCase() as 'he' | 'she' | 'it' | 'they' };
  const source = /^(?:(?:the|a|an|its|his|her|their)\s+)?(?:\S+\s+){0,2}?(?:figures|data|statistics|numbers|report|survey)\s+(?:from|by|of|published by|released by|compiled by)\s+(.+)$/i.exec(text);
  if (source) return speakerRefOf(source[1]);
  text = text.replace(GROUP_OF, '');
  // "Nine in ten households reported ...": a counted subject is a finding, not a speaker.
  if (/\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|half|third|quarter|most|majority|many|some|few|all)\b/i.test(text)) return null;
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 10 || isDocument(words)) return null;
  const tail = capitalisedTail(words);
  let name = tail && nameInRun(tail);
  // "Helen Marsh of the Institute for Child Health": the person, not the institute.
  const ofBody = name ? /^(.+?)\s+(?:of|from|at)\s+(?:the\s+)?\p{Lu}/u.exec(name) : null;
  if (ofBody && looksLikePersonName(ofBody[1])) name = ofBody[1];
  if (tail && name) {
    // "Security firm Blackfen", "campaign group Tafod Dyfan", "retired engineer Walter Brandt": the word before says what it is.
    const described = (words[words.length - tail.length - 1] ?? '').toLowerCase();
    const kind = ORG_HEADS.has(described) ? 'organization' : PERSON_HEADS.has(described) || TITLES.has(described) ? 'person' : undefined;
    return kind ? { form: 'name', text: name, kind } : { form: 'name', text: name };
  }
  const determiner = /^(the|a|an|its|his|her|their)\s+/i.exec(text);
  const bare = determiner ? text.slice(determiner[0].length) : text;
  const bareWords = bare.split(/\s+/);
  if (!/\p{L}/u.test(bare) || bareWords.some((word) => /^(?:who|which|that|whose)$/i.test(word))) return null;
  const definite = !!determiner && !/^(a|an)$/i.test(determiner[1]);
  return { form: 'description', text: bare, head: bareWords[bareWords.length - 1].toLowerCase(), kind: descriptionKind(bareWords), definite };
}
