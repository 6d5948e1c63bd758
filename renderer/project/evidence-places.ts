import { useEffect, useState } from 'react';
import type { EvidenceLink } from '../../shared/project/schema';
import { factdesk } from '../factdesk';
import { afterNextPaint } from '../timing/after-paint';
import { documentStore } from './document-store';

export type ExcerptPlace = { start: number; end: number } | null;

/**
 * Where each link's excerpt is in its source now (null: broken), found by main
 * where the texts are; undefined until the answer arrives.
 */
export function useEvidencePlaces(links: readonly EvidenceLink[]): Map<string, ExcerptPlace> | undefined {
  const [places, setPlaces] = useState<
    { links: readonly EvidenceLink[]; byId: Map<string, ExcerptPlace> } | undefined
  >();
  useEffect(() => {
    const session = documentStore.get()?.session;
    if (!session || links.length === 0) return;
    let current = true;
    const cancel = afterNextPaint(() =>
      factdesk
        .locateEvidence(
          session,
          links.map(({ sourceId, anchor }) => ({ sourceId, anchor })),
        )
        .then(
          (found) => current && setPlaces({ links, byId: new Map(links.map((link, i) => [link.id, found[i]])) }),
          () => undefined,
        ),
    );
    return () => {
      current = false;
      cancel();
    };
  }, [links]);
  return places?.links === links ? places.byId : undefined;
}
