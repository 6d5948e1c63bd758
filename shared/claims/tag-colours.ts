import { z } from 'zod';

/**
 * Colours a user can give a free tag (Preferences). Each is a pale tint in the
 * light theme and a deep one in the dark theme, under the theme's own text
 * colour, so chips keep WCAG AA contrast; the tag's name is always shown.
 */
export const TAG_COLOURS = ['blue', 'green', 'yellow', 'orange', 'red', 'purple', 'teal', 'grey'] as const;
export type TagColour = (typeof TAG_COLOURS)[number];

export const TAG_COLOUR_LABELS: Record<TagColour, string> = {
  blue: 'Blue',
  green: 'Green',
  yellow: 'Yellow',
  orange: 'Orange',
  red: 'Red',
  purple: 'Purple',
  teal: 'Teal',
  grey: 'Grey',
};

export const TAG_NAME_MAX = 100;
export const MAX_COLOURED_TAGS = 200;

const TagName = z.string().min(1).max(TAG_NAME_MAX);
const Colour = z.enum(TAG_COLOURS);

/** Free tag → colour; a tag with no entry has the plain chip. */
export const TagColours = z
  .record(TagName, Colour)
  .refine((colours) => Object.keys(colours).length <= MAX_COLOURED_TAGS, {
    message: `At most ${MAX_COLOURED_TAGS} coloured tags`,
  });
export type TagColours = z.infer<typeof TagColours>;

/** Hand-edited colours: keep each valid entry (up to the limit), drop the rest. */
export function tagColoursFrom(raw: unknown): TagColours {
  const colours: TagColours = {};
  if (typeof raw !== 'object' || raw === null) return colours;
  for (const [tag, colour] of Object.entries(raw)) {
    if (Object.keys(colours).length >= MAX_COLOURED_TAGS) break;
    if (TagName.safeParse(tag).success && Colour.safeParse(colour).success) colours[tag] = colour as TagColour;
  }
  return colours;
}

/** The colours with `tag` set to `colour`, or cleared when `colour` is null. */
export function withTagColour(colours: TagColours, tag: string, colour: TagColour | null): TagColours {
  const { [tag]: _previous, ...rest } = colours;
  return colour ? { ...rest, [tag]: colour } : rest;
}

/** The colour given to `tag`, if any (own entries only: a tag may be called "constructor"). */
export function tagColourOf(colours: TagColours, tag: string): TagColour | null {
  return Object.hasOwn(colours, tag) ? colours[tag] : null;
}
