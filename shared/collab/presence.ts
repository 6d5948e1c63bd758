/**
 * Presence in a shared project: who else has it open, in which colour, and
 * which claim each has open. It travels in Yjs awareness states, whose
 * fields @lexical/yjs already defines for carets (`name`, `color`,
 * `focusing`, `anchorPos`, `focusPos`); the open claim is one more field.
 * The server overwrites `name`, `role` and `color` from the token
 * (main/server/presence-names.ts), so what is shown here cannot be forged.
 */

/** The awareness field naming the claim whose card a collaborator has open (a claim id, or null). */
export const OPEN_CLAIM_FIELD = 'openClaim';

/**
 * Caret colours: distinct from each other and from the verdict colours, and
 * dark enough for white text on the name label (contrast ≥ 4.5:1).
 */
export const PRESENCE_COLOURS = [
  '#1f6fd1',
  '#b3261e',
  '#7b3fb2',
  '#00796b',
  '#a0522d',
  '#c2185b',
  '#3949ab',
  '#5d6d1e',
] as const;

/** The same name gets the same colour in every window and every session. */
export function colourFor(name: string): string {
  let hash = 0;
  for (let i = 0; i < name.length; i += 1) hash = (Math.imul(hash, 31) + name.charCodeAt(i)) >>> 0;
  return PRESENCE_COLOURS[hash % PRESENCE_COLOURS.length];
}

export interface Collaborator {
  clientId: number;
  name: string;
  color: string;
  role: string;
  /** The claim whose card they have open. */
  openClaim: string | null;
}

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

/**
 * Everyone else in the document, by name (one entry per window: a person with
 * two windows open shows twice, as the carets do). States without a name —
 * a client still connecting, or one that has left — are not shown.
 */
export function collaboratorsIn(states: ReadonlyMap<number, Record<string, unknown>>, self: number): Collaborator[] {
  const list: Collaborator[] = [];
  for (const [clientId, state] of states) {
    const name = text(state.name);
    if (clientId === self || !name) continue;
    const openClaim = text(state[OPEN_CLAIM_FIELD]);
    list.push({
      clientId,
      name,
      color: text(state.color) || colourFor(name),
      role: text(state.role),
      openClaim: openClaim || null,
    });
  }
  return list.sort((a, b) => a.name.localeCompare(b.name) || a.clientId - b.clientId);
}

/** claim id → the collaborators who have its card open. */
export function openClaims(collaborators: readonly Collaborator[]): Map<string, Collaborator[]> {
  const byClaim = new Map<string, Collaborator[]>();
  for (const person of collaborators) {
    if (!person.openClaim) continue;
    const list = byClaim.get(person.openClaim) ?? [];
    list.push(person);
    byClaim.set(person.openClaim, list);
  }
  return byClaim;
}

/** The accessible name of a claim row's presence dot: "Open by Ana Ortiz", "Open by Ana Ortiz and Chris Lund". */
export function openByLabel(people: readonly Pick<Collaborator, 'name'>[]): string {
  const names = [...new Set(people.map((person) => person.name))];
  if (names.length <= 1) return `Open by ${names[0] ?? 'nobody'}`;
  return `Open by ${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** What the row shows beside the dot: first names, as short as the row needs ("Chris", "Ana, Chris"). */
export function openByShort(people: readonly Pick<Collaborator, 'name'>[]): string {
  return [...new Set(people.map((person) => person.name.split(/\s+/)[0]))].join(', ');
}
