import { useEffect } from 'react';
import { claimsViewStore } from '../../project/claims-view-store';
import { documentStore } from '../../project/document-store';
import { restoreReaderPlace } from '../reader-place';

/** Puts the checker back where they were after a reload or merge reopened the project (see reader-place.ts). */
export function ReaderPlacePlugin() {
  useEffect(() => {
    const doc = documentStore.get();
    restoreReaderPlace(doc?.path ?? null, {
      claim: (id) => id in claimsViewStore.get().claims,
      source: (id) => doc?.project.sources.some((source) => source.id === id) ?? false,
    });
  }, []);
  return null;
}
