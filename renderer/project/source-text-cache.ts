import { useEffect, useState } from 'react';
import { factdesk } from '../factdesk';
import { Store, useStore } from '../state/store';
import { documentStore } from './document-store';

/**
 * Source texts live in main; the window asks for one when it needs it (the
 * viewer shows it, an excerpt is linked) and keeps the last few.
 */
const KEEP = 6;
const cache = new Map<string, Promise<string | null>>();

export function sourceText(sourceId: string): Promise<string | null> {
  const session = documentStore.get()?.session;
  if (!session) return Promise.resolve(null);
  const key = `${session}\n${sourceId}`;
  const known = cache.get(key);
  if (known) {
    cache.delete(key);
    cache.set(key, known);
    return known;
  }
  const asked = factdesk.readSourceText(session, sourceId);
  cache.set(key, asked);
  asked.catch(() => cache.delete(key));
  if (cache.size > KEEP) cache.delete(cache.keys().next().value!);
  return asked;
}

/** Counts texts that reached main after the window may have asked (a shared project's, from another machine). */
const arrivals = new Store(0);

/** These sources' texts reached main since they were asked for: ask again (an open viewer shows them). */
export function forgetSourceTexts(sourceIds: readonly string[]): void {
  const session = documentStore.get()?.session;
  if (!session || sourceIds.length === 0) return;
  for (const sourceId of sourceIds) cache.delete(`${session}\n${sourceId}`);
  arrivals.update((count) => count + 1);
}

/** The source's text once it has arrived; null while it is on its way (or for no source). */
export function useSourceText(sourceId: string | null): string | null {
  const [loaded, setLoaded] = useState<{ sourceId: string; text: string } | null>(null);
  const arrived = useStore(arrivals, (count) => count);
  useEffect(() => {
    if (!sourceId) return;
    let current = true;
    sourceText(sourceId).then(
      (text) => current && setLoaded({ sourceId, text: text ?? '' }),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [sourceId, arrived]);
  return loaded && loaded.sourceId === sourceId ? loaded.text : null;
}
