import { useEffect } from 'react';
import { factdesk } from '../factdesk';
import { openDroppedFile } from '../project/drop-actions';
import { openRecentProject } from '../project/file-actions';
import { openSharedLink } from '../collab/share-actions';

/** Files handed over by the OS (double-click, a second launch) or dropped on the window. */
export function useOsFileRequests(): void {
  useEffect(() => {
    const onDragOver = (event: DragEvent) => {
      if (event.dataTransfer?.types.includes('Files')) {
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
      }
    };
    const onDrop = (event: DragEvent) => {
      const file = event.dataTransfer?.files[0];
      if (!file) return;
      // Files never reach the editor's own drop handling, and the page never navigates to them.
      event.preventDefault();
      event.stopPropagation();
      void openDroppedFile(file);
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop, { capture: true });
    const unsubscribe = factdesk.on('openProjectRequested', ({ path }) => void openRecentProject(path));
    const unsubscribeLinks = factdesk.on('openSharedLinkRequested', ({ link }) => void openSharedLink(link));
    // A link the app was launched with arrived before this listened.
    void factdesk.takePendingShareLink().then((link) => {
      if (link) void openSharedLink(link);
    });
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop, { capture: true });
      unsubscribe();
      unsubscribeLinks();
    };
  }, []);
}
