import type { Sentence, Token } from './nlp';
import { descriptorsBefore, hasGivenName, INITIALS, opensWithDescriptor } from './given-names';
import {
  EMOTIVE_WORDS,
  isMonth,
  isPersonWord,
  isWeekday,
  ORG_HEADS as BODY_WORDS,
  PARTY_SEATS,
  PARTY_WORDS,
  pluralRole,
  POST_NOMINALS,
} from './speaker-words';

/**
 * Named people and organisations in a sentence, found as runs of proper nouns
 * from wink's tagger ("Ministry of Transport", "Rail Users' Alliance"), with
 * leading job titles dropped ("Transport Minister Mara Quill" -> "Mara Quill").
 */

export interface NamePhrase {
  text: string;
  start: number;
  end: number;
  /** Job titles written with it, lower case ("judge" for "Judge Anna Berg"): what "the judge" later means. */
  titles: string[];
}

/** Head words of organisation names; "of"/"for" may follow them inside a name ("University of ..."). */
const ORG_HEADS = new Set(
  (
    'ministry department office university institute college school council committee commission agency authority ' +
    'trust union alliance association federation society party bank board bureau court tour port centre center ' +
    'company group foods securities rovers united city athletic cycling club league marathon energi news'
  ).split(' '),
);

const NOT_NAMES = new Set(
  (
    'the a an according in on at for of and but he she it they we i this that these those after before ' +
    // "When Ardley Combined Authority launched …": a clause's opening word is not part of the name after it.
    'when while whilst although though because since until unless if once whereas as amid among despite during'
  ).split(' '),
);

/** Lower-case particles inside people's names. */
const NAME_PARTICLES = new Set('de da dos das del della di du van von der den ter bin ibn bint al el le la'.split(' '));

function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/** Days, and months after a word of time ("in May", "on June 3", "last March"): when, not who ("Theresa May"). */
const isDate = (tokens: Token[], index: number) =>
  isWeekday(tokens[index].text) ||
  (isMonth(tokens[index].text) &&
    (/^(?:in|on|since|by|until|from|last|this|next|early|late|mid|of|before|after)$/i.test(
      tokens[index - 1]?.text ?? '',
    ) ||
      /^\d/.test(tokens[index + 1]?.text ?? '')));

function isNamePart(tokens: Token[], index: number): boolean {
  const token = tokens[index];
  if (!isCapitalised(token.text) || NOT_NAMES.has(token.text.toLowerCase()) || isDate(tokens, index)) return false;
  if (token.pos === 'PROPN') return true;
  // Capitalised common nouns inside a name ("Eastport City"), never a sentence's first word; a capitalised
  // "verb" right after a proper noun is the rest of a name ("Calder Build").
  if (index === 0) return false;
  return (
    token.pos === 'NOUN' ||
    token.pos === 'ADJ' ||
    (token.pos === 'VERB' && tokens[index - 1].pos === 'PROPN' && isCapitalised(tokens[index - 1].text))
  );
}

function isConnector(tokens: Token[], index: number, runStart: number): boolean {
  const token = tokens[index];
  const word = token.text.toLowerCase();
  const next = tokens[index + 1];
  if (!next) return false;
  // "Rail Users' Alliance"; not "the Nationals' Sally Hutchins" (a party before its member's name).
  if (word === "'" || word === '’')
    return (
      /s$/.test(tokens[index - 1].text) &&
      isCapitalised(next.text) &&
      tokens[index - 1].end === token.start &&
      endsInBody(tokens, index + 1)
    );
  // "Lorvane Fishermen's Federation": a possessive inside a body's name, when the run after it ends in a body word.
  if (/^['’]s$/.test(word)) return tokens[index - 1].end === token.start && endsInBody(tokens, index + 1);
  // "Helena dos Anjos", "Marieke van der Linde", "Omar bin Rashid": a name's particles between its capitalised parts.
  if (NAME_PARTICLES.has(token.text)) return isCapitalised(next.text) || NAME_PARTICLES.has(next.text);
  // "Competition and Markets Authority", "Department of Housing and Urban Development": "and" inside a body's name.
  if (word === 'and') return index > runStart && isCapitalised(next.text) && andInsideBody(tokens, index, runStart);
  if (word !== 'of' && word !== 'for' && word !== 'the') return false;
  if (word === 'the') return index > runStart && /^(of|for)$/i.test(tokens[index - 1].text) && isCapitalised(next.text);
  const head = tokens[index - 1].text.toLowerCase();
  const after = next.text.toLowerCase() === 'the' ? tokens[index + 2] : next;
  return ORG_HEADS.has(head) && !!after && isCapitalised(after.text);
}

/**
 * "and" joins two parts of one body's name when the run after it ends in a body word ("… and Markets Authority"), or
 * when the name so far is a body "of" something and a short capitalised run, no person's, follows ("Department of
 * Housing and Urban Development").
 */
function andInsideBody(tokens: Token[], index: number, runStart: number): boolean {
  if (endsInBody(tokens, index + 1)) return true;
  const before = tokens.slice(runStart, index).map((token) => token.text.toLowerCase());
  const of = before.findIndex(
    (word, at) => (word === 'of' || word === 'for') && at > 0 && ORG_HEADS.has(before[at - 1]),
  );
  if (of < 0) return false;
  let end = index + 1;
  while (end < tokens.length && isCapitalised(tokens[end].text) && !NOT_NAMES.has(tokens[end].text.toLowerCase()))
    end += 1;
  const after = tokens.slice(index + 1, end);
  return (
    after.length > 0 &&
    after.length <= 3 &&
    !after.some((token) => isPersonWord(token.text.toLowerCase()) || hasGivenName(token.text))
  );
}

/** Whether the capitalised run starting at `index` ends in a body's head word ("Federation", "Union"). */
function endsInBody(tokens: Token[], index: number): boolean {
  let end = index;
  while (end < tokens.length && isCapitalised(tokens[end].text) && !NOT_NAMES.has(tokens[end].text.toLowerCase()))
    end += 1;
  // ("Greenmount Children's Hospital": any word a body's name ends in.)
  return (
    end > index &&
    (ORG_HEADS.has(tokens[end - 1].text.toLowerCase()) || BODY_WORDS.has(tokens[end - 1].text.toLowerCase()))
  );
}

/** The lower-case titles right before a name ("chief prosecutor Maja Holm"), none across a comma ("the owner, Kestrel"). */
function titlesBefore(tokens: Token[], runStart: number): string[] {
  const titles: string[] = [];
  let index = runStart - 1;
  for (; index >= 0 && index >= runStart - 2; index -= 1) {
    const word = tokens[index].text.toLowerCase();
    if (!isPersonWord(word)) break;
    titles.unshift(word);
  }
  // "finance director Amira Kaye": the word that says which director, for "the board's finance director" later.
  const modifier = tokens[index];
  if (titles.length > 0 && modifier && modifier.pos === 'NOUN' && /^\p{Ll}+$/u.test(modifier.text))
    titles.unshift(modifier.text);
  const short = shortTitleBefore(tokens, runStart);
  return short ? [...titles, short] : titles;
}

/**
 * "Superintendent of Police (SP) Anjali Deshmukh", "Chief Executive Officer (CEO) Dana Moss": a title's short form
 * in brackets right before the name, lower case ("sp"), for "the SP said" later.
 */
function shortTitleBefore(tokens: Token[], runStart: number): string | null {
  const [open, short, close] = tokens.slice(Math.max(0, runStart - 3), runStart);
  if (runStart < 4 || open?.text !== '(' || close?.text !== ')' || !/^\p{Lu}{2,5}$/u.test(short.text)) return null;
  // The short form's first letter opens one of the title's words just before it.
  const titled = tokens
    .slice(Math.max(0, runStart - 8), runStart - 3)
    .some((token) => isPersonWord(token.text) && token.text[0].toUpperCase() === short.text[0]);
  return titled ? short.text.toLowerCase() : null;
}

/** "Minister for", "Secretary of State for": the title a run of capitalised words is the portfolio of, in lower case. */
function portfolioTitle(tokens: Token[], runStart: number): string | null {
  // ("Secretary of State for Health and Social Care Wes Thorne": a portfolio may hold "and".)
  if (!/^(?:for|of|and|&)$/i.test(tokens[runStart - 1]?.text ?? '')) return null;
  for (let index = runStart - 2; index >= Math.max(0, runStart - 8); index -= 1) {
    const word = tokens[index].text;
    if (isCapitalised(word) && isPersonWord(word)) return word.toLowerCase();
    if (!isCapitalised(word) && !/^(?:for|of|and|&)$/i.test(word)) return null;
  }
  return null;
}

function dropTitles(tokens: Token[]): Token[] {
  // "Heartbroken Tracey": a tabloid's feeling is no part of the name.
  if (tokens.length > 1 && EMOTIVE_WORDS.has(tokens[0].text.toLowerCase())) return dropTitles(tokens.slice(1));
  // "Opposition Janata Vikas Party": where a party sits is no part of its name.
  const seat = PARTY_SEATS.has(tokens[0].text.toLowerCase());
  if (tokens.length > 2 && seat && PARTY_WORDS.has(tokens[tokens.length - 1].text.toLowerCase()))
    return tokens.slice(1);
  let lastTitle = -1;
  tokens.forEach((token, index) => {
    const word = token.text.toLowerCase();
    // "Dean Marsh": a given name that is also a title, right before the surname, is the name.
    const givenName = index === tokens.length - 2 && index === lastTitle + 1 && hasGivenName(token.text);
    if (isPersonWord(word) && index < tokens.length - 1 && !givenName) lastTitle = index;
  });
  // "Social Justice Network": a title-like word inside a body's name is part of it.
  // (Not "Inspector Rachel Ode of Bramford Police": a body after "of" is where the person works.)
  const rest = tokens.slice(lastTitle + 1);
  const of = rest.findIndex((token) => /^(?:of|from|at)$/i.test(token.text));
  // ("Public Justice Housing Clinic": "Justice" is no title before a body's word; "Governor Tom Church" keeps his.)
  const bodyWord = (token: Token) =>
    ORG_HEADS.has(token.text.toLowerCase()) ||
    (BODY_WORDS.has(token.text.toLowerCase()) && !hasGivenName(rest[0]?.text ?? ''));
  if ((of >= 0 ? rest.slice(0, of) : rest).some(bodyWord)) return tokens;
  // "(Secretary of State for) Rural Affairs Daniel Shaw": a portfolio ends where a known given name starts.
  const given = rest.findIndex(
    (token, index) => index > 0 && rest.length - index >= 2 && rest.length - index <= 3 && hasGivenName(token.text),
  );
  // (Not "M. Lakshmi Prasanna": initials before the given name are the name's.)
  const initialled = given > 0 && INITIALS.test(rest[given - 1].text);
  if (given > 0 && of < 0 && !hasGivenName(rest[0].text) && !initialled) return rest.slice(given);
  const words = rest.map((token) => token.text);
  // "Independent TD Declan Furlong": descriptors ending in an office's letters or a title.
  const descriptors = descriptorsBefore(words);
  if (descriptors > 1) return rest.slice(descriptors);
  return opensWithDescriptor(words) ? rest.slice(1) : rest;
}

/**
 * Words written with a capital in the middle of a sentence somewhere in the text:
 * a lone capitalised first word ("Residents say ...") is a name only if it is one of these.
 */
export function properWordsOf(sentences: Sentence[]): Set<string> {
  const words = new Set<string>();
  for (const { tokens } of sentences) {
    tokens.forEach((token, index) => {
      if (index > 0 && isCapitalised(token.text) && !/^["“”:.!?]$/.test(tokens[index - 1].text)) words.add(token.text);
    });
  }
  return words;
}

function opensSentence(tokens: Token[], index: number): boolean {
  return tokens.slice(0, index).every((token) => /^["“”]$/.test(token.text));
}

export function namesIn(sentence: Sentence, properWords: ReadonlySet<string>): NamePhrase[] {
  const { tokens } = sentence;
  const names: NamePhrase[] = [];
  let index = 0;
  while (index < tokens.length) {
    if (!isNamePart(tokens, index)) {
      index += 1;
      continue;
    }
    const runStart = index;
    let runEnd = index + 1;
    while (runEnd < tokens.length && (isNamePart(tokens, runEnd) || isConnector(tokens, runEnd, runStart))) runEnd += 1;
    while (runEnd > runStart + 1 && !isNamePart(tokens, runEnd - 1)) runEnd -= 1;
    // "Alison Greer KC": letters after a name are not part of it.
    while (runEnd > runStart + 1 && POST_NOMINALS.has(tokens[runEnd - 1].text.toLowerCase())) runEnd -= 1;
    // "Administrators Croft Shaw Restructuring said": a plural role opening the sentence is no part of the name.
    const roleFirst = opensSentence(tokens, runStart) && runEnd - runStart >= 3 && pluralRole(tokens[runStart].text);
    let kept = dropTitles(tokens.slice(runStart + (roleFirst ? 1 : 0), runEnd));
    // "Minister for Health Colm Devery": the portfolio after a title, then the name (its last two words).
    const portfolio = portfolioTitle(tokens, runStart);
    if (portfolio && kept.length > 2 && !kept.slice(-2).some((token) => ORG_HEADS.has(token.text.toLowerCase())))
      kept = kept.slice(-2);
    const titles = (portfolio ? [portfolio] : [])
      .concat(titlesBefore(tokens, runStart))
      .concat(tokens.slice(runStart, runEnd - kept.length).map((token) => token.text.toLowerCase()));
    const lonelyOpener =
      runEnd - runStart === 1 && opensSentence(tokens, runStart) && !properWords.has(tokens[runStart].text);
    // "Minister for Health …": a title alone before its portfolio names no one.
    const titleOnly =
      runEnd - runStart === 1 &&
      isPersonWord(tokens[runStart].text) &&
      /^(?:for|of)$/i.test(tokens[runEnd]?.text ?? '');
    if (kept.length > 0 && !lonelyOpener && !titleOnly) {
      const start = kept[0].start;
      const end = kept[kept.length - 1].end;
      names.push({ text: sentence.text.slice(start - sentence.start, end - sentence.start), start, end, titles });
    }
    index = runEnd;
  }
  return names;
}
