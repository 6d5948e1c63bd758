import { useEffect } from 'react';
import { claimsViewStore } from '../../project/claims-view-store';
import { currentDocument, onReopen } from '../../project/document-store';
import { keepReaderPlace, restoreReaderPlace } from '../reader-place';

/**
 * Keeps the checker's place when a reload or merge reopens the project, and
 * puts them back there in the reopened one (see reader-place.ts).
 */
export function ReaderPlacePlugin() {
  useEffect(() => {
    const doc = currentDocument();
    restoreReaderPlace(doc?.path ?? null, {
      claim: (id) => id in claimsViewStore.get().claims,
      source: (id) => doc?.project.sources.some((source) => source.id === id) ?? false,
    });
    return onReopen(keepReaderPlace);
  }, []);
  return null;
}
