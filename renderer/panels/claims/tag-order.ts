/**
 * Tags in the user's alphabetical order. The first locale-aware comparison of
 * a page loads ICU's collation data, 20–40 ms here, which fell on the open of
 * every project with tags. Tags of lowercase ASCII letters, digits, spaces and
 * hyphens collate in code-unit order in the languages listed below (checked
 * against ICU in tag-order.test.ts), so there they compare without ICU.
 * Other languages reorder plain Latin letters (Czech "ch", Danish "aa",
 * Welsh "ll", Lithuanian "y") and always go to ICU, as does any other tag.
 */
const PLAIN_TAG = /^[a-z0-9 -]*$/;

export const PLAIN_ORDER_LANGUAGES: ReadonlySet<string> = new Set([
  'ar',
  'de',
  'el',
  'en',
  'es',
  'fi',
  'fr',
  'he',
  'id',
  'it',
  'ja',
  'ko',
  'ms',
  'nl',
  'pl',
  'pt',
  'ro',
  'ru',
  'sl',
  'sv',
  'tr',
  'vi',
  'zh',
]);

export type TagComparer = (a: string, b: string) => number;

export function tagComparer(locale: string): TagComparer {
  const collator = lazyCollator(locale);
  const plainIsExact = PLAIN_ORDER_LANGUAGES.has(locale.toLowerCase().split(/[-_]/)[0]);
  return (a, b) => {
    if (plainIsExact && PLAIN_TAG.test(a) && PLAIN_TAG.test(b)) return a < b ? -1 : a > b ? 1 : 0;
    return collator().compare(a, b);
  };
}

function lazyCollator(locale: string): () => Intl.Collator {
  let collator: Intl.Collator | null = null;
  return () => (collator ??= new Intl.Collator(locale));
}

let userOrder: TagComparer | null = null;

/** In the order of the interface's language. */
export function sortTags(tags: Iterable<string>): string[] {
  userOrder ??= tagComparer(globalThis.navigator?.language ?? 'en');
  return [...tags].sort(userOrder);
}
