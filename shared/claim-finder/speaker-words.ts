/**
 * Word lists that say what a speaker phrase names: a title before a name, the
 * head noun of an organisation or of one person, a document (never a
 * speaker), a relation ("the wife of ..."). Lower case.
 */

const words = (list: string) => new Set(list.split(/\s+/).filter(Boolean));

/** Words that introduce a person's name rather than belong to it (any case). */
export const TITLES = words(
  'dr dr. prof prof. professor mr mr. mrs mrs. ms ms. miss shri smt smt. shrimati alhaji alhaja hajiya datuk dato datin ' +
    'engr engr. mallam seri sir dame lord lady minister president premier prime councillor ' +
    'councilmember councilwoman councilman senator mayor chancellor judge justice captain coach lawyer nurse chief executive director manager chair chairman ' +
    'chairwoman secretary spokesperson spokesman spokeswoman analyst founder leader researcher reverend general colonel ' +
    'inspector officer governor head mp deputy commander sheriff boss star ace agent engineer consultant correspondent ' +
    'editor economist ambassador envoy king queen prince princess candidate campaigner coordinator president-elect ' +
    'reporter journalist presenter commissioner superintendent sergeant constable detective lieutenant admiral marshal ' +
    'brigadier corporal consul attorney solicitor barrister magistrate coroner dean provost rector vice-chancellor ' +
    'headteacher headmaster headmistress curator rapporteur congressman congresswoman assemblyman assemblywoman alderman ' +
    'rep rep. sen sen. gov gov. gen gen. maj maj. col col. brig brig. capt capt. cdr cdr. adm adm. lt lt. sgt sgt. det det. insp insp. supt supt. cllr cllr. hon hon. rt rt. baroness baron ' +
    'duke duchess earl emir sultan sheikh imam rabbi bishop archbishop cardinal pope pastor actress actor singer ' +
    'businessman businesswoman speaker collector tehsildar mla mpp mha mhk cr cr. garda principal mec administrator',
);

/** Letters after a name that are not part of it: "Alison Greer KC", "Daniel Ash MP". */
export const POST_NOMINALS = words('kc qc mp msp mep obe mbe cbe kbe jr jr. sr sr. phd md');

/** Words that say a person is a woman or a man: "Ms Reid", "spokeswoman", "his wife". */
export const FEMALE_WORDS = words(
  'mrs mrs. ms ms. miss dame lady queen princess baroness duchess spokeswoman chairwoman congresswoman assemblywoman ' +
    'businesswoman actress headmistress mother daughter wife sister widow woman girl mum gran grandma nan granny grandmother',
);
export const MALE_WORDS = words(
  'mr mr. sir lord king prince baron duke earl emir sultan sheikh spokesman chairman congressman assemblyman businessman ' +
    'actor headmaster father son husband brother widower man boy dad grandad grandpa grandfather',
);

/** Head nouns of organisations and institutions, and the words company names end in ("Coastline Ferries", "Bellini Dining Ltd"). */
export const ORG_HEADS = words(
  'ministry department office university institute college academy school council committee commission agency authority ' +
    'trust union alliance association federation society party bank board bureau secretariat court centre center company ' +
    'corporation group firm government police coastguard service army navy military parliament assembly senate ' +
    'congress cabinet administration regime opposition charity organisation organization foundation network unit ' +
    'club league team fund chamber tribunal inquiry watchdog regulator insurer lender airline carrier embassy ' +
    'consulate observatory forces guard survey press news wire media broadcaster newspaper executive directorate ' +
    'ltd plc inc llc corp co gmbh holdings ferries airlines airways industries foods partners services systems motors ' +
    'networks technologies pharmaceuticals logistics properties hotels stores railways shipping mining energy operator maker ' +
    'force presidency palace prosecution city united rovers athletic wanderers care watch aid relief forum project ' +
    'guild inspectorate initiative campaign monitor hospital clinic prison museum library theatre church oil gas power steel rail water ' +
    'insurance international global house airport district delegation mission programme analytics securities ' +
    'consulting advisors advisers schools colleges hospitals clinics libraries churches universities ' +
    'coalition consortium collective cooperative co-op caucus movement institution laboratory laboratories labs ' +
    'ventures investments studios research associates solutions enterprises bancorp publishing brigade corps ' +
    'confederation constabulary gendarmerie registry syndicate militia regiment battalion legislature junta diocese ' +
    'archdiocese mosque temple synagogue cathedral infirmary hospice polytechnic gallery zoo aquarium utility ' +
    'telecom telecoms broadcasting television cruises brewery distillery ' +
    'minerals metals petroleum chemicals pharma biotech therapeutics healthcare construction developments engineering jury ' +
    'software entertainment leisure resorts supermarkets retail brands assurance incorporated limited patrol body band',
);

/** Words that end a firm's name, capitalised, but are common nouns too ("Harwick Capital"; "the capital, Tessin"). */
export const FIRM_NAME_ENDINGS = words('capital');

/** Nouns for who does a job, a person or a company: "the refinery's operator, Petrovar", "property developer Shaun Dawes". */
export const AGENT_HEADS = words(
  'operator maker producer supplier retailer developer manufacturer distributor exporter importer contractor owner builder',
);

/** Singular nouns for one person. */
export const PERSON_HEADS = words(
  'spokesperson spokesman spokeswoman official source insider pal friend relative neighbour neighbor witness resident ' +
    'minister lawyer chairman chairwoman director commander coordinator engineer doctor nurse teacher officer analyst ' +
    'economist expert adviser advisor aide diplomat manager boss leader member mother father son daughter wife husband ' +
    'woman man girl boy survivor victim judge prosecutor investigator researcher scientist owner worker driver student ' +
    'tenant pensioner parent campaigner activist farmer shopkeeper patient customer passenger volunteer widow widower ' +
    'brother sister partner colleague secretary mayor mum dad gran grandad grandma grandpa nan granny grandmother ' +
    'grandfather guard',
);

/** A word that describes the person named after it: a title, a person noun, or "mum-of-two". */
export function isPersonWord(word: string): boolean {
  const bare = word.toLowerCase().replace(/[.,]$/, '');
  const described = /^(\p{L}+)-of-\p{L}+$/u.exec(bare);
  // "Director-General", "Secretary-General", "co-founder", "ex-minister", "acting-chair": a title with its rank.
  const ranked = /^(?:vice|deputy|co|ex|under|assistant|acting)-(\p{L}+)$|^(\p{L}+)-general$/u.exec(bare);
  if (
    TITLES.has(bare) ||
    PERSON_HEADS.has(bare) ||
    (!!described && PERSON_HEADS.has(described[1])) ||
    (!!ranked && TITLES.has(ranked[1] ?? ranked[2]))
  )
    return true;
  // "great-gran", "ex-wife", "step-dad", "co-founder": a compound whose last part is a person word.
  const last = /^\p{L}+-(\p{L}+)$/u.exec(bare)?.[1];
  return !!last && (PERSON_HEADS.has(last) || TITLES.has(last));
}

/** "Administrators", "Campaigners", "Economists": people by what they do, in the plural (capitalised, opening a sentence). */
export function pluralRole(word: string): boolean {
  if (!/^\p{Lu}\p{Ll}+s$/u.test(word)) return false;
  const bare = word.toLowerCase();
  const one = bare.slice(0, -1);
  return /(?:ors|ists|ants)$/.test(bare) || PERSON_HEADS.has(one) || AGENT_HEADS.has(one) || TITLES.has(one);
}

/**
 * "Meteorologist", "Pharmacist", "Physician", "Photographer", "Paramedic": a word that names an occupation by its
 * ending, so it can describe the person named after it even where the lists do not know that person's given name.
 * (Not "-ian" alone, nor "-er": Brian, Julian and Parker are names.)
 */
export const looksLikeOccupation = (word: string) =>
  /^\p{Lu}\p{Ll}{3,}(?:ologist|ist|ician|grapher|eer|medic|ess)$/u.test(word);

/** A word with a job's ending (administrator, commissioner, registrar, technician, superintendent, secretary): read as
 * a job only right before a known given name ("County Administrator Denise Kowal"), where no name could be meant. */
export const hasJobEnding = (word: string) => /^\p{Lu}\p{Ll}+(?:or|er|ar|ist|ian|ant|ent|ary|eer)$/u.test(word);

/** Plural nouns for the people of a place or a body, opening a subject ("Residents of Lund"). */
const PEOPLE_OF =
  /^(?:Residents|People|Villagers|Inhabitants|Citizens|Locals|Families|Parents|Workers|Staff|Employees|Shoppers|Passengers|Patients|Tenants|Pupils|Students|Teachers|Farmers|Fishermen|Traders)$/;

/** "Dockworkers", "economists", "Residents", "people": a plural word for people, in any case; never a body's name. */
export function namesPeople(word: string): boolean {
  const capitalised = word.replace(/^\p{Ll}/u, (letter) => letter.toUpperCase());
  return (
    PEOPLE_OF.test(capitalised) ||
    pluralRole(capitalised) ||
    /^\p{Lu}\p{Ll}*(?:workers|men|women|people|folk)$/u.test(capitalised)
  );
}

/** Who speaks for a body: "a spokesperson for the ministry" credits the ministry. */
export const SPOKESPEOPLE = words('spokesperson spokesman spokeswoman representative');

/** "the wife of radio reporter Emil Dragan": an unnamed person known by a relation to a named one. */
export const RELATIONS = words('wife husband widow widower mother father son daughter brother sister partner');

/** People known by a relation to someone the story is about: "a friend of the star", "a pal of Reece's". */
export const RELATIVE_HEADS = words('friend pal neighbour neighbor relative colleague cousin');

/** Heads that stand for one another when a description points back: "the insider" after "a source close to the chef". */
export const SYNONYM_HEADS: ReadonlyArray<ReadonlySet<string>> = [
  words('source insider'),
  words('pal friend'),
  words('police force'),
  words('spokesperson spokesman spokeswoman'),
  // "the bloc" after "the Arvel Union".
  words('bloc union alliance'),
  // "the local authority" after "Westshire Council" (British usage).
  words('council authority'),
];

/** Nouns for a group of people that are not plural in form: "people familiar with ...", "police". */
export const GROUP_NOUNS = words('people police gardaí gardai staff crew public personnel family');

/** Things that are not speakers: "the report said", "figures show", "emails seen by the paper". */
export const DOCUMENTS = words(
  'report reports survey surveys figures data study studies analysis records papers documents document statement statements ' +
    'accounts claim judgment judgement poll polls research filing filings statistics numbers letter letters memo review ' +
    'audit assessment estimate estimates forecast forecasts model models findings book article paper website notice ' +
    'email emails messages minutes recordings footage files law laws act acts bill bills rules regulation regulations ' +
    'contract contracts constitution decree treaty guidance policy sign signs label census register tally ranking database ' +
    'modelling modeling projections trial trials experiment experiments lawsuit lawsuits complaint petition indictment affidavit ' +
    'agreement agreements proposal settlement charter briefing briefings dossier memorandum plan plans budget budgets ' +
    'schedule results',
);

/** Nouns a story uses for the person it is about: "the actress", "the striker" point back to whoever was last spoken of. */
export const DESCRIBED_PEOPLE = words(
  'actress actor star singer presenter footballer player striker model tycoon pensioner teenager widow widower mum dad ' +
    'gran grandmother grandfather victim survivor',
);

/**
 * "Giving evidence on Tuesday", "Speaking to reporters": a participle's phrase opening a sentence, not who. Not
 * "Fuming pensioner Jean Bewick", "Shipping analysts", "Grieving mum": a participle describing a person word.
 */
export function opensWithParticiple(text: string): boolean {
  const match = /^\s*\p{L}+ing\s+(\p{Ll}[\p{L}-]*)/u.exec(text);
  return !!match && !isPersonWord(match[1]) && !isPersonWord(match[1].replace(/s$/, ''));
}

/** Words opening an adverbial, not a subject: "In comments on Sunday,", "Under cross-examination,", "Pressed by reporters,". */
const ADVERBIAL_WORD =
  /^\s*(?:in|on|at|outside|inside|near|beside|behind|across|from|after|before|during|under|following|despite|amid|when|while|according|asked|pressed|questioned|speaking|writing|responding|addressing|testifying|appearing|giving)\b/i;

/** An opening that says when, where or how something was said, not who: an adverbial word or a participle's phrase. */
export const opensAdverbially = (text: string) => ADVERBIAL_WORD.test(text) || opensWithParticiple(text);

/** A tabloid's feelings before who they are ("FURIOUS parents", "Heartbroken Tracey"): no part of who. */
export const EMOTIVE_WORDS = words(
  'furious angry outraged worried concerned frustrated desperate terrified heartbroken grieving devastated shocked ' +
    'horrified disgusted fuming stunned anxious distraught livid seething',
);

/**
 * Head words of bodies named in another language, with the English word a later description uses: "the party" after
 * "Partido da Unidade Nacional", "the ministry" after "Ministerio de Salud". (Words that are English too are left out.)
 */
export const FOREIGN_BODY_HEADS: ReadonlyMap<string, string> = new Map(
  (
    'partido:party parti:party partei:party partij:party partia:party ministerio:ministry ministère:ministry ' +
    'ministério:ministry ministero:ministry ministerium:ministry conselho:council consejo:council conseil:council ' +
    'consiglio:council banco:bank banque:bank asamblea:assembly assembleia:assembly assemblée:assembly ' +
    'comisión:commission comissão:commission movimiento:movement movimento:movement mouvement:movement ' +
    'frente:front unión:union união:union sindicato:union syndicat:union gobierno:government governo:government ' +
    'gouvernement:government tribunale:court'
  )
    .split(' ')
    .map((pair) => pair.split(':') as [string, string]),
);

const WEEKDAYS = words('monday tuesday wednesday thursday friday saturday sunday');
const MONTHS = words('january february march april may june july august september october november december');
export const isWeekday = (word: string) => WEEKDAYS.has(word.toLowerCase());
export const isMonth = (word: string) => MONTHS.has(word.toLowerCase());
/** The days and months as written in copy, capitalised, for a pattern: "Monday|…|December". */
export const CAPITALISED_DAYS_AND_MONTHS = [...WEEKDAYS, ...MONTHS]
  .map((word) => word[0].toUpperCase() + word.slice(1))
  .join('|');

/** A word for when: a date, a day, a month, a season, "week", "month", "year", a part of the day. */
const WHEN_WORD = `(?:\\d{1,4}(?:st|nd|rd|th)?|${[...WEEKDAYS, ...MONTHS].join('|')}|week|month|year|weekend|summer|spring|autumn|fall|winter|night|morning|afternoon|evening)`;

/** Where a party sits ("the Opposition Janata Vikas Party"), and the words a party's name ends in. */
export const PARTY_SEATS = words('opposition ruling governing');
export const PARTY_WORDS = words('party congress alliance front movement league');

/** "On Tuesday the Water Services Regulation Office", "Last month she": when it happened is no part of who. */
export const WHEN_OPENING = new RegExp(
  `^(?:on|in|by|since|until|from|last|this)\\s+(?:(?:late|early|last|next)\\s+)?${WHEN_WORD}(?:[\\s,]+(?:of|night|morning|afternoon|evening|${WHEN_WORD})\\b)*[\\s,]+(?=\\S)`,
  'i',
);
