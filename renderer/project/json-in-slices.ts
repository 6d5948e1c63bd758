import { timeSlices } from '../timing/time-slices';

/**
 * JSON.stringify for a large plain-data value, a few milliseconds at a time:
 * the long arrays in it (a long article's blocks, thousands of claims and
 * evidence links) are written item by item, pausing whenever a slice has held
 * the page's thread long enough, so that a save or a crash backup never holds
 * up typing. The same text JSON.stringify gives, for plain data (no toJSON
 * methods, no cycles).
 */

/** Arrays at least this long are written item by item. */
const LONG_ARRAY = 64;

/** `pause` and `sliceMs` as for timeSlices (tests pass their own). */
export async function jsonInSlices(value: unknown, pause?: () => Promise<void>, sliceMs?: number): Promise<string> {
  const slices = timeSlices(pause, sliceMs);
  const maybePause = async () => {
    if (slices.due()) await slices.pause();
  };
  const write = async (item: unknown): Promise<string | undefined> => {
    if (Array.isArray(item) && item.length >= LONG_ARRAY) {
      const parts: string[] = [];
      for (const element of item) {
        parts.push(JSON.stringify(element) ?? 'null');
        await maybePause();
      }
      return `[${parts.join(',')}]`;
    }
    if (item === null || typeof item !== 'object' || Array.isArray(item)) return JSON.stringify(item);
    const parts: string[] = [];
    for (const [key, field] of Object.entries(item)) {
      const written = await write(field);
      if (written !== undefined) parts.push(`${JSON.stringify(key)}:${written}`);
    }
    return `{${parts.join(',')}}`;
  };
  return (await write(value)) ?? 'null';
}
