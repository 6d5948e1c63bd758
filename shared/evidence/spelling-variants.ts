/**
 * Folding of spelling variants to one canonical form, applied to query and
 * passages alike, so a collision only matters where two different real words
 * meet (documented ones: prise/prize, timbre/timber, tor/tour).
 *
 * British -> American: -ise/-isation -> -ize/-ization, -yse -> -yze,
 * -our -> -or, -tre/-bre/-gre -> -ter/-ber/-ger, -ogue -> -og, the doubled L
 * of travelled/labelling, ae/oe in medical words, and a short word list.
 * Transliterations: Uighur/Uyghur, Gaddafi/Qaddafi/Gadhafi, Kiev/Kyiv,
 * Mohammed/Muhammad, al-Qaida/al-Qaeda, Koran/Quran, Chanukah/Hanukkah,
 * Czar/Tsar, Hizbollah/Hezbollah, Zelenskyy/Zelensky, Odessa/Odesa,
 * Kharkov/Kharkiv, Chornobyl/Chernobyl, Gorbachov/Gorbachev, Usama/Osama.
 */

const WORDS: Record<string, string> = {
  programme: 'program',
  programmes: 'program',
  grey: 'gray',
  tyre: 'tire',
  tyres: 'tire',
  kerb: 'curb',
  cheque: 'check',
  cheques: 'check',
  aluminium: 'aluminum',
  plough: 'plow',
  draught: 'draft',
  sceptic: 'skeptic',
  sceptical: 'skeptical',
  mould: 'mold',
  smoulder: 'smolder',
  moustache: 'mustache',
  pyjamas: 'pajamas',
  storey: 'story',
  storeys: 'story',
  jewellery: 'jewelry',
  ageing: 'aging',
  judgement: 'judgment',
  acknowledgement: 'acknowledgment',
  enrol: 'enroll',
  enrolment: 'enrollment',
  fulfil: 'fulfill',
  fulfilment: 'fulfillment',
  skilful: 'skillful',
  instalment: 'installment',
  defence: 'defense',
  offence: 'offense',
  licence: 'license',
  pretence: 'pretense',
  practise: 'practice',
  manoeuvre: 'maneuver',
  mum: 'mom',
  arse: 'ass',
  annexe: 'annex',
  gaol: 'jail',
  whisky: 'whiskey',
  sulphur: 'sulfur',
  // transliterations
  uighur: 'uyghur',
  uigur: 'uyghur',
  uighurs: 'uyghurs',
  uigurs: 'uyghurs',
  qaddafi: 'gaddafi',
  gadhafi: 'gaddafi',
  kadhafi: 'gaddafi',
  qadhafi: 'gaddafi',
  kaddafi: 'gaddafi',
  gadafi: 'gaddafi',
  kiev: 'kyiv',
  mohammed: 'muhammad',
  mohammad: 'muhammad',
  muhammed: 'muhammad',
  mohamed: 'muhammad',
  qaida: 'qaeda',
  qaïda: 'qaeda',
  koran: 'quran',
  quran: 'quran',
  chanukah: 'hanukkah',
  hanukah: 'hanukkah',
  czar: 'tsar',
  tzar: 'tsar',
  hizbollah: 'hezbollah',
  hizballah: 'hezbollah',
  zelenskyy: 'zelensky',
  zelenskiy: 'zelensky',
  odessa: 'odesa',
  kharkov: 'kharkiv',
  chornobyl: 'chernobyl',
  gorbachov: 'gorbachev',
  usama: 'osama',
};

const DOUBLED_L_STEMS = new Set(
  'travel cancel label model fuel level signal total channel counsel marvel quarrel tunnel jewel dial duel rival pedal shovel funnel equal'.split(
    ' ',
  ),
);
const DOUBLED_L = /^([a-z]+)l(ed|ing|er|ers|ation)$/;

const PREFIXES: [string, string][] = [
  ['paed', 'ped'],
  ['haem', 'hem'],
  ['anaem', 'anem'],
  ['anaes', 'anes'],
  ['orthopaed', 'orthoped'],
  ['encyclopaed', 'encycloped'],
  ['mediaev', 'mediev'],
  ['leukaem', 'leukem'],
  ['oestr', 'estr'],
  ['oesoph', 'esoph'],
  ['foet', 'fet'],
  ['diarrhoe', 'diarrhe'],
];

const SUFFIX_RULES: [RegExp, string][] = [
  [/is(e|es|ed|ing|ation|ations|er|ers)$/, 'iz$1'],
  [/ys(e|es|ed|ing)$/, 'yz$1'],
  [/([a-z]{2})our(s|ed|ing|ite|ites|able|er|ers|ful|less)?$/, '$1or$2'],
  [/([tbg])re(s)?$/, '$1er$2'],
  [/ogue(s)?$/, 'og$1'],
];

function foldWord(word: string): string {
  const listed = WORDS[word];
  if (listed) return listed;
  const doubled = DOUBLED_L.exec(word);
  if (doubled && DOUBLED_L_STEMS.has(doubled[1])) return doubled[1] + doubled[2];
  for (const [from, to] of PREFIXES) if (word.startsWith(from)) return to + word.slice(from.length);
  for (const [pattern, replacement] of SUFFIX_RULES) if (pattern.test(word)) return word.replace(pattern, replacement);
  return word;
}

/** The canonical spelling of a lower-case word (its plural keeps the "s"). */
export function canonicalSpelling(word: string): string {
  const folded = foldWord(word);
  if (folded !== word || !word.endsWith('s')) return folded;
  const singular = foldWord(word.slice(0, -1));
  return singular === word.slice(0, -1) ? word : `${singular}s`;
}
