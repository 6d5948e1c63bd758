import type { Mention } from './mention-index';
import { singular } from './mention-index';
import { ORG_HEADS } from './speaker-words';

/**
 * Words that say what kind of body a description means ("the company", "the watchdog", "the union") and which named
 * bodies can be it: the lists speaker-memory.ts resolves descriptions by.
 */

/** Descriptions that may stand for any organisation named before ("the company said"). */
export const GENERIC_ORG_HEADS = new Set(
  'company firm agency group organisation organization charity body business operator institution union federation association alliance coalition club side party utility watchdog regulator band'.split(
    ' ',
  ),
);

/** Words for the place a story is datelined from: "The city says …" is that city's government. */
export const DATELINE_PLACE_HEADS = new Set(['city', 'town']);

/** Two people spoken of as one. */
export const COUPLES = new Set(['couple', 'pair', 'duo']);

/** People who speak unnamed by design ("a council spokesperson", "a senior official"): no one named later is them. */
export const ANONYMOUS_HEADS = new Set(
  'spokesperson spokesman spokeswoman representative official source insider'.split(' '),
);

/** "the firm" is no alliance, union or charity: bodies that are not businesses, whatever they spoke last. */
export const NOT_FOR_PROFIT_HEADS = new Set(
  'alliance association union federation charity society campaign coalition party league forum guild'.split(' '),
);

/** "the company" is a business: never the ministry or the water authority quoted in between. */
export const COMMERCIAL_HEADS = new Set('company firm business operator'.split(' '));

export const PUBLIC_HEADS = new Set(
  (
    'ministry department office council committee commission agency authority government police parliament assembly senate ' +
    'congress cabinet administration court tribunal inquiry regulator inspectorate watchdog embassy consulate army navy ' +
    'military presidency prosecution coastguard'
  ).split(' '),
);

/** Words that say where a body works or how big it is, never which one it is ("the national electoral commission"). */
export const PLAIN_MODIFIERS = new Set(
  'national state federal local regional city county country international public new main large largest big biggest top official independent government private'.split(
    ' ',
  ),
);

/** A name that is a street's ("Wall Street", "Harmon Road"). */
export const STREET = /\s(?:Street|Avenue|Road|Square|Lane|Boulevard)$/;

/** A body's name by its last word, as written ("Tarrow Foods": "foods", though its head is "food"). */
export const namedAsBody = (mention: Mention) =>
  ORG_HEADS.has(mention.head) || ORG_HEADS.has(mention.words[mention.words.length - 1] ?? '');

/** A body that is part of the state: a ministry, an authority, a regulator ("Energy Markets Authority"). */
export const isPublicBody = (mention: Mention) => mention.words.some((word) => PUBLIC_HEADS.has(singular(word)));

/** Bodies that watch over others: "the watchdog" is a public body named before, never the firm it looks into. */
export const OVERSIGHT_HEADS = new Set(['watchdog', 'regulator']);
