/**
 * What a subject phrase is read as (speaker-phrase.ts): a reference to a speaker, before it is resolved against
 * earlier mentions (speaker-memory.ts, description-resolution.ts) into the Speaker at the end of this file.
 */

import { FEMALE_WORDS, MALE_WORDS } from './speaker-words';

export type SpeakerKind = 'person' | 'organization';
/** A person's sex as the text shows it ("Ms", "spokesman", "she"), for "he" and "she" and "Mr Dawes". */
export type Gender = 'f' | 'm';
/** A body heard through its spokesperson ("a spokesman for the company"): the person's sex, for a later "he said". */
export type Voice = Gender | 'unknown';

export type Pronoun = 'he' | 'she' | 'it' | 'they' | 'person';

export type SpeakerRef =
  /** "person": a description that only describes the person spoken of ("the 49-year-old", "the gran-of-five"). */
  | { form: 'pronoun'; pronoun: Pronoun; gender?: Gender; age?: number }
  /** A proper name: a person, an organisation, a country, or a surname to be completed; `kind` when the words before it say ("campaign group X"). */
  | {
      form: 'name';
      text: string;
      kind?: SpeakerKind;
      gender?: Gender;
      voicedBy?: Voice;
      titles?: string[];
      /** "the city's Office of Housing Stability": the place whose body it is, named elsewhere in the copy. */
      placeOwner?: 'city' | 'country';
    }
  /**
   * A common-noun phrase: "police spokesperson", "Human rights groups"; `definite` ones ("the ministry") point back;
   * `pointsBackOnly` ones ("commission figures") name a speaker only if they point back to one.
   */
  | {
      form: 'description';
      text: string;
      head: string;
      kind: SpeakerKind;
      definite: boolean;
      pointsBackOnly?: boolean;
      /** "Both companies", "the two firms": two bodies named together before. */
      together?: boolean;
      /** "one of the people": the group named before ("two people familiar with the matter"), else this. */
      orElse?: SpeakerRef;
      /** "Her office", "Its interior ministry": whose body it is. */
      owner?: 'he' | 'she' | 'it';
      /** "His rep", "her spokeswoman": who the person speaks for ("Dean Ashby's rep"). */
      speaksFor?: 'he' | 'she';
      /** "her daughter", "his wife": whose relative the person is. */
      kinOf?: 'he' | 'she';
      /** "Tembe's office": the surname of the person whose body it is, for the full name ("Ana Tembe's office"). */
      namedOwner?: string;
      /** "the bloc's audit office": the description of whose body it is ("bloc"). */
      ownerDescription?: string;
      /** "a children's charity": perhaps named in the sentence after. */
      indefinite?: boolean;
      /** "the statement added": the statement someone was said to have made before. */
      madeBy?: string;
      /** "a friend of the star", "a pal of Reece's": who the person is known by ("star", "Reece"). */
      relativeOf?: string;
      /** How the person is related: "of" ("a friend of the star"), or "close to" ("a source close to Baptiste"). */
      relatedBy?: string;
      voicedBy?: Voice;
    };

/** The sex the words of a phrase give its person ("Ms Reid", "Her husband, Shaun"), if they agree. */
export function genderIn(words: readonly string[]): Gender | undefined {
  const bare = words.map((word) => word.toLowerCase().replace(/[,.;:]$/, ''));
  const female = bare.some((word) => FEMALE_WORDS.has(word));
  const male = bare.some((word) => MALE_WORDS.has(word));
  return female === male ? undefined : female ? 'f' : 'm';
}

/** A reference resolved: who spoke, and what the text showed of them. */
export interface Speaker {
  name: string;
  kind: SpeakerKind;
  /** A description that named nothing said before ("their union said"): its head, for a name that follows (find-claims.ts). */
  pointsAhead?: string;
  /** A person's sex, where the text showed it. */
  gender?: Gender;
  /** The name pointed ahead to opens a sentence, whatever its words ("a children's charity. Brightstart said …"). */
  aheadOpensSentence?: boolean;
  /** "A heartbroken bride has told how …": someone not named yet (find-claims.ts names a lead's from the next paragraph). */
  unnamed?: boolean;
  /** The words around the name said its kind ("spokesperson Dana Oyelaran", "security firm Blackfen"): not a guess. */
  sure?: boolean;
  /** A body heard through its spokesperson ("a QNOC spokesman"): a later "he said" is still the body. */
  voicedBy?: Voice;
  /** "her daughter says" after Margaret Foyle: the relative's name, for a "Julie Foyle" named next (find-claims.ts). */
  kinOf?: string;
}
