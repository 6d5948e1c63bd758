import { describesOnePerson, isCapitalisedRole } from './description-heads';
import {
  genderIn,
  type Gender,
  type Pronoun,
  type Speaker,
  type SpeakerKind,
  type SpeakerRef,
  type Voice,
} from './speaker-ref';
import { looksLikePersonName } from './name-runs';
import { MentionIndex, singular, wordsOf, type Mention } from './mention-index';
import {
  DESCRIBED_PEOPLE,
  FIRM_NAME_ENDINGS,
  FOREIGN_BODY_HEADS,
  isMonth,
  isWeekday,
  ORG_HEADS,
} from './speaker-words';
import { genderOfGivenName, hasGivenName } from './given-names';
import { CountryMemory } from './country-memory';
import { latestOf, resolveDescription } from './description-resolution';
import { ANONYMOUS_HEADS, PUBLIC_HEADS } from './body-heads';
import { holdsRun, initialsOf, isInitialsOf, opposite, possessive, RELATED } from './mention-words';

/**
 * Who has been mentioned so far in the article, for resolving a later "he
 * said", "the ministry said" or a bare surname to the full mention first
 * used, across paragraphs.
 */

type NameRef = Extract<SpeakerRef, { form: 'name' }>;
type DescriptionRef = Extract<SpeakerRef, { form: 'description' }>;

/** A pronoun resolves only to one of the last few different people and bodies mentioned as subjects or speakers. */
const PRONOUN_LOOKBACK = 8;

/** Subjects and speakers older than this many are forgotten (pronouns only look at the last few). */
const MAX_SALIENT = 1000;

/** How far into a sentence a titled name may start and still open it ("Minister for Health Colm Devery"). */
const OPENER_REACH = 40;

export class SpeakerMemory {
  /** Names and descriptions seen. */
  private readonly mentions = new MentionIndex();
  /** Sentence subjects and speakers, newest last: what a pronoun points back to. */
  private readonly salient: Mention[] = [];

  /** How many salient mentions there were when a thing was last a sentence's subject ("The memo … It warned"). */
  private thingAt = -1;

  /** A sentence's subject that is no speaker (a document, a plan, fighting): what its next "it" means. */
  noteThing(): void {
    this.thingAt = this.salient.length;
  }

  /** Who made the last statement or letter the text reported ("X said in a statement"). */
  private readonly documentsMade = new Map<string, Speaker>();

  /** A sentence reporting what `speaker` said "in a statement" or "in a letter": what a later "the statement added" means. */
  noteDocumentMade(sentence: string, speaker: Speaker): void {
    for (const match of sentence.matchAll(/\bin\s+(?:a|an|its|his|her|their|a\s+joint)\s+(statement|letter)\b/gi))
      this.documentsMade.set(match[1].toLowerCase(), { name: speaker.name, kind: speaker.kind });
  }

  /** The place the story's dateline names ("BRENTWOOD PARK, Mich. (WRDL) -" -> "Brentwood Park"). */
  private datelinePlace: string | null = null;

  noteDatelinePlace(place: string): void {
    this.datelinePlace ??= place;
  }

  /** The countries the text has named, for "the country's coast guard". */
  private readonly countries = new CountryMemory();

  noteDatelineCountry(country: string): void {
    this.countries.noteDatelineCountry(country);
  }

  /** The places a sentence names, before its speaker is read. */
  notePlaces(sentence: string): void {
    this.countries.noteSentence(sentence, (word) => hasGivenName(word) || this.fullName(word).kind === 'person');
  }

  /** Where the current sentence starts in the text. */
  private sentenceAt = 0;

  /** The mention clock when the current sentence began. */
  private sentenceClock = 0;

  startSentence(at: number): void {
    this.sentenceAt = at;
    this.sentenceClock = this.mentions.now;
  }

  /**
   * Names by their initials ("ICRC"), for a short form the text never bracketed; a body's also by the initials at either
   * end ("HUD" for "U.S. Department of Housing and Urban Development").
   */
  private readonly initialled = new Map<string, string>();

  private noteInitials(name: string, body: boolean): void {
    const letters = initialsOf(name);
    if (letters.length < 2 || !/^\p{Lu}+$/u.test(letters)) return;
    this.initialled.set(letters, name);
    for (let length = 3; body && length < letters.length; length += 1) {
      this.initialled.set(letters.slice(0, length), name);
      this.initialled.set(letters.slice(letters.length - length), name);
    }
  }

  /** "HUD said", "the NMOI", "The ICRC said": the body named in full before whose initials these are. */
  private byInitials(letters: string): Speaker | null {
    const name = /^\p{Lu}{2,6}$/u.test(letters) ? this.initialled.get(letters) : undefined;
    if (!name) return null;
    const found = this.mentions.named(name)?.aliasOf ?? { name, kind: this.kindOfName(name) };
    return found.kind === 'organization' ? { ...found } : null;
  }

  /** Names a description showed to be bodies ("Varna Agro said … The company said"), for the kind of every claim they spoke. */
  private readonly bodies = new Set<string>();

  /** The kind a speaker's name has by the end: a name first guessed a person's may have turned out a body's. */
  finalKind(name: string, kind: SpeakerKind): SpeakerKind {
    return this.bodies.has(name) ? 'organization' : kind;
  }

  /** The kind of a name seen on its own (no title, no description around it). */
  kindOfName(name: string): SpeakerKind {
    if (this.bodies.has(name)) return 'organization';
    // "Ann and Tom Reed": two people speaking together are a group.
    if (/^\p{Lu}[\p{L}'’-]+\s+and\s+\p{Lu}[\p{L}'’-]+\s+\p{Lu}/u.test(name)) return 'organization';
    const known = this.mentions.named(name);
    if (known) return known.kind;
    const words = name.toLowerCase().split(/\s+/);
    if (words.some((word) => ORG_HEADS.has(word) || FOREIGN_BODY_HEADS.has(word))) return 'organization';
    if (/\s\p{Lu}/u.test(name) && FIRM_NAME_ENDINGS.has(words[words.length - 1])) return 'organization';
    // "Devastated Stuart told The Torch": a given name alone is a person known by it.
    if (words.length === 1 && hasGivenName(name)) return 'person';
    return looksLikePersonName(name) ? 'person' : 'organization';
  }

  /** A name as the text wrote it, with the titles before it (a titled name is a person); its kind guessed otherwise. */
  noteName(name: string, titles: readonly string[] = [], at?: number): void {
    // "The Mines Minister said": the role of someone named with it, not a name a later "the minister" could mean.
    if (titles.length === 0 && isCapitalisedRole(name)) return;
    // "from March": a month or a day is no one a description could mean.
    if (isWeekday(name) || isMonth(name)) return;
    const body = name
      .toLowerCase()
      .split(/\s+/)
      .some((word) => ORG_HEADS.has(word));
    const gender = genderIn(titles) ?? genderOfGivenName(name);
    this.noteInitials(name, body);
    if (titles.length > 0 && !body) this.mentions.note(name, 'person', false, titles, gender, at);
    else {
      const kind = this.kindOfName(name);
      const person = kind === 'person' && hasGivenName(name);
      // Seen again, a guess is still a guess.
      this.mentions.note(
        name,
        kind,
        person ? false : this.mentions.named(name) ? undefined : true,
        [],
        person ? gender : undefined,
        at,
      );
    }
  }

  /** "Larchfield Healthcare, which still runs them": a name the text itself shows to be a body's. */
  noteBodyName(name: string, at: number): void {
    this.bodies.add(name);
    this.noteInitials(name, true);
    this.mentions.note(name, 'organization', false, [], undefined, at);
  }

  /** People by the age the text gave them ("Gregory Vance, 61,"): what "the 61-year-old" means. */
  private readonly ages = new Map<number, Speaker>();

  /** "Gregory Vance, 61,": a person's age, written after the name. */
  noteAge(name: string, age: number): void {
    const person = this.fullName(name);
    if (person.kind !== 'person') return;
    this.ages.set(age, { name: person.name, kind: 'person' });
    // "Among those affected is Sarah, 34, …": a person brought into the story, whom the next "she" may mean.
    this.noteSalient({ name: person.name, kind: 'person' });
  }

  /** Two bodies named together, latest last, kept apart from the mentions "the company" may mean. */
  private readonly bodiesTogether: { name: string; at: number }[] = [];

  /** Two bodies named together ("Kestrel Dairies and Moor Valley Creamery"): one speaker for "both companies". */
  noteBodiesTogether(first: string, second: string, at: number): void {
    if ([first, second].some((name) => this.kindOfName(name) === 'person' && hasGivenName(name))) return;
    this.bodiesTogether.push({ name: `${first} and ${second}`, at });
    if (this.bodiesTogether.length > MAX_SALIENT) this.bodiesTogether.splice(0, MAX_SALIENT / 2);
  }

  /** A description that turned out to name `speaker` ("a children's charity … Brightstart said"): later "the charity" is it too. */
  noteAlias(description: string, speaker: Speaker): void {
    const mention = this.mentions.named(description);
    if (mention) mention.aliasOf = { name: speaker.name, kind: speaker.kind };
  }

  /** "the Financial Supervisory Authority (FSA)", "… Office (Wasro)": what a later "FSA" or "Wasro" stands for. */
  noteShortName(short: string, full: string): void {
    // "Partido da Unidade Nacional (PUN)": a name given its initials is a body's, however like a person's it looks.
    if (isInitialsOf(short, full)) {
      this.bodies.add(full);
      this.mentions.note(full, 'organization', false);
    }
    const kind = this.kindOfName(full);
    if (kind !== 'organization') return;
    this.mentions.note(short, kind, false).aliasOf = { name: full, kind };
  }

  /** A body named in lower case ("the town's heritage trust"): what a later "the trust" may point back to. */
  noteBody(description: string, at: number): void {
    // Written again ("The volunteer group said" after "Clean Marsh, a volunteer group"), it keeps the place it was
    // introduced at, so that it still stands before the reference it now is and resolves to what it named.
    const known = this.mentions.named(description);
    this.mentions.note(description, 'organization', false, [], undefined, known ? undefined : at);
  }

  noteSalient(speaker: Speaker): void {
    this.noteInitials(speaker.name, speaker.kind === 'organization');
    const gender = speaker.gender ?? (speaker.kind === 'person' ? genderOfGivenName(speaker.name) : undefined);
    // Speaking or acting says nothing of whether a name is a person's or a body's: a guess stays a guess.
    this.salient.push(this.mentions.note(speaker.name, speaker.kind, speaker.sure ? false : undefined, [], gender));
    if (speaker.voicedBy) this.salient.push(this.voiceOf(speaker, speaker.voicedBy));
    if (this.salient.length > MAX_SALIENT) this.salient.splice(0, MAX_SALIENT / 2);
  }

  /**
   * The spokesperson a body was just heard through, as a person a later "he said" may point to, standing for the
   * body. Not indexed: no description or name ever resolves to it, only a pronoun.
   */
  private voiceOf(body: Speaker, voice: Voice): Mention {
    return {
      name: body.name,
      kind: 'person',
      words: [],
      stems: [],
      head: 'spokesperson',
      seen: this.mentions.now,
      titles: new Set(),
      guessed: false,
      ...(voice === 'unknown' ? {} : { gender: voice }),
      aliasOf: { name: body.name, kind: body.kind },
    };
  }

  /** "Quill" -> "Mara Quill", "Ms Marsh" -> "Fiona Marsh" when that name came earlier. */
  fullName(name: string, gender?: Gender): Speaker {
    const words = wordsOf(name);
    const last = name.split(/\s+/).pop()!;
    // "Ministry of Justice", written so before, is not "Internal Ministry of Justice" (a headline's adjective on it).
    const seenAlone = words.length > 1 && this.kindOfName(name) === 'organization' && !!this.mentions.named(name);
    // (But "Electoral Office" after "Brannock Islands Electoral Office", written in full first, is its short name: a
    // place of two words or more before it, not one capitalised word that may only open a sentence, as "Internal" did.)
    const aloneAt = this.mentions.named(name)?.firstAt;
    const namedInFullFirst = (mention: Mention) =>
      mention.firstAt !== undefined &&
      aloneAt !== undefined &&
      mention.firstAt < aloneAt &&
      mention.words.length - words.length >= 2;
    const prefixedBody = (mention: Mention) =>
      seenAlone && mention.name.endsWith(` ${name}`) && !namedInFullFirst(mention);
    // "Reece Hollins" is not "pal of Reece Hollins", a relation of his noted since.
    // Nor "Kellbridge Airport" a description holding it ("People living under the flight path of Kellbridge Airport").
    const completes = (mention: Mention) =>
      !RELATED.test(mention.name) &&
      !mention.name.split(/\s+/).some((word) => /^\p{Ll}{4,}$/u.test(word)) &&
      // "Tom Reed" is not "Ann and Tom Reed", the two of them.
      (!/\sand\s/.test(mention.name) || /\sand\s/.test(name)) &&
      !opposite(mention.gender, gender) &&
      mention.words.length > words.length &&
      !prefixedBody(mention) &&
      words.every((word) => mention.words.includes(word)) &&
      // ("Eastby Council" is not "Eastby Trades Council": a body's short name is a run of its words.)
      (mention.kind === 'person' || words.length === 1 || holdsRun(mention.words, words)) &&
      mention.name.toLowerCase().includes(last.toLowerCase());
    // "Faber" is Leonie Faber, not "Leonie Faber's office" named since.
    const longer =
      words.length === 0
        ? null
        : (this.mentions.withWord(
            words[words.length - 1],
            (mention) => mention.kind === 'person' && completes(mention),
          ) ?? this.mentions.withWord(words[words.length - 1], completes));
    // A single word completes to a person's name, or to a body's name it ends ("Rovers" -> "Kestrel Rovers"), not "Kosmar" -> "Kosmar's foreign ministry".
    // ("the Department" after "the Department of Education": a body's head written alone, capitalised, is that body.)
    const headAlone = longer?.kind === 'organization' && ORG_HEADS.has(words[0]) && longer.head === singular(words[0]);
    if (
      longer &&
      (longer.kind === 'person' || words.length > 1 || longer.words[longer.words.length - 1] === words[0] || headAlone)
    )
      return { name: longer.name, kind: longer.kind, gender: longer.gender ?? gender };
    const company = words.length === 1 ? this.companyNamed(name, words[0]) : null;
    if (company) return { name: company.name, kind: company.kind };
    return { name, kind: this.kindOfName(name), gender };
  }

  /**
   * "Tamarack said" after "Tamarack Energy Resources": a business's short name, its first word — not a place or a
   * country before a public body ("Orsk" and "Orsk Port Authority"), nor a word written alone before the full name.
   */
  private companyNamed(name: string, word: string): Mention | null {
    const alone = this.mentions.named(name);
    const full = this.mentions.withWord(
      word,
      (mention) =>
        mention.kind === 'organization' &&
        mention.words.length > 1 &&
        mention.words[0] === word &&
        mention.at !== undefined &&
        mention.at < this.sentenceAt &&
        !/['’]s\b/.test(mention.name) &&
        !mention.words.some((other) => PUBLIC_HEADS.has(other)),
    );
    // Written alone before the full name, the word is a name of its own; written alone since, it is the short name.
    return full && !(alone?.firstAt !== undefined && alone.firstAt < (full.firstAt ?? 0)) ? full : null;
  }

  /** `at`: where the reference is written; names written after it in the same sentence are not what it points back to. */
  resolve(ref: SpeakerRef, at?: number): Speaker | null {
    const speaker = this.resolveRef(ref, at);
    const voice = ref.form === 'pronoun' ? undefined : ref.voicedBy;
    return speaker && voice && speaker.kind === 'organization' ? { ...speaker, voicedBy: voice } : speaker;
  }

  private resolveRef(ref: SpeakerRef, at?: number): Speaker | null {
    if (ref.form === 'description' && ref.madeBy) return this.documentsMade.get(ref.madeBy) ?? null;
    if (ref.form === 'pronoun') {
      // "the 42-year-old" is the person given that age ("Tripp Vandermolen, 42,"), whoever was spoken of last.
      const aged = ref.age === undefined ? undefined : this.ages.get(ref.age);
      if (aged) return { ...aged };
      return this.resolvePronoun(ref.pronoun, ref.gender);
    }
    if (ref.form === 'name') return this.resolveName(ref, at);
    const owned = this.resolveOwned(ref, at);
    if (owned !== undefined) return owned;
    if (ref.together) {
      const both = latestOf(this.bodiesTogether, (pair) => at === undefined || pair.at < at);
      if (both) return { name: both.name, kind: 'organization' };
    }
    if (ref.relativeOf) return this.resolveRelative(ref, ref.relativeOf, at);
    if (!ref.definite) return this.notPointingBack(ref);
    const speaker = this.describedSpeaker(ref.text, ref.kind, at);
    if (ref.orElse && speaker.name === ref.text) return this.resolveRef(ref.orElse, at);
    return ref.pointsBackOnly && speaker.name === ref.text ? null : speaker;
  }

  /** A proper name: a body's short name or initials, a surname completed, a place's body ("the city's Office of …"). */
  private resolveName(ref: NameRef, at?: number): Speaker | null {
    const place = ref.placeOwner === 'city' ? this.datelinePlace : ref.placeOwner ? this.countries.current() : null;
    if (place) return { name: `${possessive(place)} ${ref.text}`, kind: 'organization' };
    const short = this.mentions.named(ref.text)?.aliasOf;
    if (short) return { ...short };
    // "the SP said" after "Superintendent of Police (SP) Anjali Deshmukh": the person given that short title.
    const titled = /^\p{Lu}{2,5}$/u.test(ref.text)
      ? this.mentions.withTitle(
          ref.text.toLowerCase(),
          (mention) => mention.kind === 'person' && (at === undefined || mention.at === undefined || mention.at < at),
        )
      : null;
    if (titled) return { name: titled.name, kind: 'person' };
    const initialled = this.byInitials(ref.text);
    if (initialled) return initialled;
    const full = this.fullName(ref.text, ref.gender);
    if (ref.titles && full.kind === 'person') this.mentions.note(full.name, 'person', false, ref.titles);
    // A titled person is never the body a run of capitals ran them into ("Assembly Harbhajan Singh Gill").
    const intoBody = ref.kind === 'person' && full.kind === 'organization';
    return ref.kind && (full.name === ref.text || intoBody)
      ? { ...full, name: ref.text, kind: ref.kind, sure: true }
      : full;
  }

  /**
   * "Tembe's office", "her daughter", "his rep", "Its interior ministry", "the bloc's audit office": a description
   * owned by someone named or pointed to before; undefined where it is owned by no one, or by no one found.
   */
  private resolveOwned(ref: DescriptionRef, at?: number): Speaker | null | undefined {
    if (ref.namedOwner) {
      const owner = this.fullName(ref.namedOwner);
      // (A surname ends the full name: "Ondar's foreign ministry" is no "Grand Ondar Dam"'s.)
      // ("United's supporters' trust" is Halvard United's, as "Tembe's office" is Ana Tembe's.)
      if (owner.name !== ref.namedOwner && owner.name.endsWith(` ${ref.namedOwner}`)) {
        const [, mark, rest] = /^\S+?(['’]s?)\s+(.*)$/u.exec(ref.text) ?? ['', "'s", ref.text];
        return { name: `${owner.name}${mark.length > 1 ? "'s" : "'"} ${rest}`, kind: 'organization' };
      }
    }
    // "Margaret Foyle … waited 19 hours, her daughter says": "daughter of Margaret Foyle", perhaps named next.
    if (ref.kinOf) {
      const whom = this.openerOwning(ref.kinOf, at) ?? this.resolvePronoun(ref.kinOf);
      if (whom?.kind === 'person')
        return { name: `${ref.head} of ${whom.name}`, kind: 'person', pointsAhead: ref.head, kinOf: whom.name };
    }
    if (ref.speaksFor) {
      const whom = this.openerOwning(ref.speaksFor, at) ?? this.resolvePronoun(ref.speaksFor);
      if (whom?.kind === 'person') return { name: `${whom.name}'s ${ref.text}`, kind: 'person', pointsAhead: ref.head };
    }
    if (ref.owner) {
      const owner = this.openerOwning(ref.owner, at) ?? this.resolvePronoun(ref.owner);
      if (!owner) return null;
      // "Paul Gillis's office" (a person's, as labels write it); a country's ministry "Korvath's commerce ministry".
      return {
        name: `${owner.kind === 'person' ? `${owner.name}'s` : possessive(owner.name)} ${ref.text}`,
        kind: 'organization',
      };
    }
    if (ref.ownerDescription) {
      const rest = ref.text.replace(/^\S+['’]s\s+/, '');
      const country = /^(?:country|nation)$/.test(ref.ownerDescription) ? this.countries.current() : null;
      if (country) return { name: `${possessive(country)} ${rest}`, kind: 'organization' };
      const owner = this.describedSpeaker(ref.ownerDescription, 'organization', at);
      if (owner.name !== ref.ownerDescription) return { name: `${owner.name} ${rest}`, kind: 'organization' };
    }
    return undefined;
  }

  /** "a friend of the star", "a source close to Baptiste", "a spokeswoman for Assembly Speaker Carl Hettinger". */
  private resolveRelative(ref: DescriptionRef, relativeOf: string, at?: number): Speaker | null {
    // ("a source close to the investigation" is close to no one; only "a friend of the bride" means the story's person.)
    const whom = this.relativeTarget(relativeOf, !ref.relatedBy);
    if (!whom && ref.orElse) {
      // "A spokeswoman for Assembly Speaker Carl Hettinger": a person's, written so; "a spokesman for Kelham
      // Council": the body's, heard through him.
      const other = this.resolveRef(ref.orElse, at);
      if (other?.kind === 'person')
        return { name: `${ref.head} ${ref.relatedBy ?? 'of'} ${other.name}`, kind: 'person' };
      const voice = ref.orElse.form === 'pronoun' ? undefined : ref.orElse.voicedBy;
      return other && voice ? { ...other, voicedBy: voice } : other;
    }
    return { name: whom ? `${ref.head} ${ref.relatedBy ?? 'of'} ${whom.name}` : ref.text, kind: ref.kind };
  }

  /**
   * "Grant's lawyer said …": unnamed here, perhaps named soon after ("The lawyer, Ida Marsh, told …");
   * "according to a children's charity": perhaps the body that opens the next sentence.
   */
  private notPointingBack(ref: DescriptionRef): Speaker {
    const ahead =
      (ref.kind === 'person' && /['’]s\s/.test(ref.text)) ||
      (ref.kind === 'organization' && ref.indefinite && ORG_HEADS.has(ref.head));
    // "One woman, who did not wish to be named": her sex, for the "he" of someone else later.
    const gender = ref.kind === 'person' ? genderIn([ref.head]) : undefined;
    return {
      name: ref.text,
      kind: ref.kind,
      ...(gender ? { gender } : {}),
      ...(ahead ? { pointsAhead: ref.head, ...(ref.indefinite ? { aheadOpensSentence: true } : {}) } : {}),
      ...(ref.indefinite && ref.kind === 'person' && !ANONYMOUS_HEADS.has(ref.head) && !/\p{Lu}/u.test(ref.text)
        ? { unnamed: true }
        : {}),
    };
  }

  /** What a description ("the ministry", "the judge", "the company") points back to (description-resolution.ts). */
  private describedSpeaker(text: string, kind: SpeakerKind, at?: number): Speaker {
    return resolveDescription(
      {
        mentions: this.mentions,
        salient: this.salient,
        bodies: this.bodies,
        datelinePlace: this.datelinePlace,
        sentenceAt: this.sentenceAt,
        sentenceClock: this.sentenceClock,
        recentSalient: () => this.recentSalient(),
        resolvePronoun: (pronoun, described) => this.resolvePronoun(pronoun, described),
        noteAlias: (description, speaker) => this.noteAlias(description, speaker),
      },
      text,
      kind,
      at,
    );
  }

  /**
   * "Minister for Health Colm Devery will visit …, his department confirmed": the person or body the sentence opens
   * with owns the "his" or "its" said after it.
   */
  private openerOwning(owner: 'he' | 'she' | 'it', at?: number): Speaker | null {
    if (at === undefined) return null;
    const gender: Gender | undefined = owner === 'she' ? 'f' : owner === 'he' ? 'm' : undefined;
    let first: Mention | null = null;
    this.mentions.latestLately((mention) => {
      if (mention.at !== undefined && mention.at >= this.sentenceAt && mention.at < at) first = mention;
      return false;
    });
    const opener = first as Mention | null;
    if (!opener || opener.at! > this.sentenceAt + OPENER_REACH) return null;
    const fits =
      owner === 'it' ? opener.kind === 'organization' : opener.kind === 'person' && !opposite(opener.gender, gender);
    return fits ? { name: opener.name, kind: opener.kind } : null;
  }

  /** "the star" in "a friend of the star", "Reece" in "a pal of Reece's": a person named before, in full. */
  private relativeTarget(whom: string, storyPerson = true): Speaker | null {
    // "the judge" is the person written with that title; "the star" the person the story was just about, as
    // "the actress, 36, told …" is.
    const words = whom.split(/\s+/);
    const titled = this.mentions.withTitle(words[words.length - 1], (mention) => mention.kind === 'person');
    const person = /^\p{Lu}/u.test(whom)
      ? this.fullName(whom)
      : titled
        ? { name: titled.name, kind: titled.kind }
        : storyPerson && (DESCRIBED_PEOPLE.has(words[words.length - 1]) || describesOnePerson(words[words.length - 1]))
          ? this.resolvePronoun('person', genderIn(words))
          : null;
    return person && person.kind === 'person' && person.name !== whom && looksLikePersonName(person.name)
      ? person
      : null;
  }

  /** The person mentioned last: who a Q/A interview that follows is with. */
  latestPerson(): Speaker | null {
    const person = this.mentions.latest((mention) => mention.kind === 'person' && mention.words.length > 1);
    return person ? { name: person.name, kind: person.kind } : null;
  }

  /** he/she -> the last person; it -> the last organisation; they -> an organisation or group, else a person. */
  private resolvePronoun(pronoun: Pronoun, described?: Gender): Speaker | null {
    if ((pronoun === 'it' || pronoun === 'they') && this.thingAt === this.salient.length) return null;
    const recent = this.recentSalient();
    const want: SpeakerKind = pronoun === 'it' || pronoun === 'they' ? 'organization' : 'person';
    const gender: Gender | undefined = pronoun === 'she' ? 'f' : pronoun === 'he' ? 'm' : described;
    // "The 41-year-old" is the person the story is about, never a body's spokesperson heard since.
    const voice = (mention: Mention) => pronoun === 'person' && mention.aliasOf?.kind === 'organization';
    let match =
      latestOf(recent, (mention) => mention.kind === want && !opposite(mention.gender, gender) && !voice(mention)) ??
      (pronoun === 'they' ? latestOf(recent, () => true) : null);
    // "Among them was Carla Benning, whose husband … She said …": a woman named since a subject whose sex is unknown.
    if ((pronoun === 'he' || pronoun === 'she') && !match?.gender) {
      const named = this.mentions.latestLately(
        (mention) =>
          mention.kind === 'person' &&
          mention.gender === gender &&
          mention.words.length > 1 &&
          (!match || mention.seen > match.seen),
      );
      if (named) match = named;
    }
    if (match?.aliasOf) return { ...match.aliasOf };
    return match ? { name: match.name, kind: match.kind, ...(match.gender ? { gender: match.gender } : {}) } : null;
  }

  /** The last few different people and bodies that were subjects or speakers, oldest first. */
  private recentSalient(): Mention[] {
    const recent: Mention[] = [];
    for (let index = this.salient.length - 1; index >= 0 && recent.length < PRONOUN_LOOKBACK; index -= 1) {
      if (!recent.includes(this.salient[index])) recent.unshift(this.salient[index]);
    }
    return recent;
  }
}
