import { useEffect } from 'react';
import { claimsViewStore } from '../../project/claims-view-store';
import { documentBindingOn, onArticleIn } from '../../project/document-binding';
import { currentDocument, onReopen } from '../../project/document-store';
import { keepReaderPlace, restoreReaderPlace } from '../reader-place';

/**
 * Keeps the checker's place when a reload or merge reopens the project, and
 * puts them back there in the reopened one (see reader-place.ts).
 */
export function ReaderPlacePlugin() {
  useEffect(() => {
    const restore = () => {
      const doc = currentDocument();
      restoreReaderPlace(doc?.path ?? null, {
        claim: (id) => id in claimsViewStore.get().claims,
        source: (id) => doc?.project.sources.some((source) => source.id === id) ?? false,
      });
    };
    // Bound to the project's document, the article arrives after this mounts.
    const stopWaiting = documentBindingOn() ? onArticleIn(restore) : (restore(), () => undefined);
    const stopKeeping = onReopen(keepReaderPlace);
    return () => {
      stopWaiting();
      stopKeeping();
    };
  }, []);
  return null;
}
