/**
 * How long a subject phrase is, counting a proper name as one word however many words it is written with: "a
 * senior official of the state Health and Family Welfare Department" is as short as "a senior official of the
 * state health department". Limits on a subject's length are meant to keep clauses out, not long names.
 */

const CAPITALISED = /^[\p{Lu}\d]/u;
/** Small words inside a name: "Ministry of Transport", "Health and Family Welfare Department", "Omar bin Rashid". */
const INSIDE_NAME = /^(?:of|for|the|and|&|de|da|dos|das|del|van|von|der|bin|ibn|al|el)$/i;

export function phraseWordCount(text: string): number {
  const words = text.split(/\s+/).filter((word) => /[\p{L}\d]/u.test(word));
  let count = 0;
  for (let index = 0; index < words.length; index += 1) {
    count += 1;
    if (!CAPITALISED.test(words[index])) continue;
    // The rest of the name: capitalised words, and small words with a capitalised one after them.
    let next = index + 1;
    for (;;) {
      let after = next;
      while (after < words.length && INSIDE_NAME.test(words[after]) && !CAPITALISED.test(words[after])) after += 1;
      if (after >= words.length || !CAPITALISED.test(words[after])) break;
      next = after + 1;
    }
    index = next - 1;
  }
  return count;
}
