import { useEffect } from 'react';
import { factdesk } from '../factdesk';
import { startAutosave } from '../project/autosave';
import { startBackupScheduler } from '../project/backup-scheduler';
import { handleFileChangedOnDisk } from '../project/conflict-flow';
import { currentDocument } from '../project/document-store';
import { showHistory } from '../project/recovery-actions';
import { commands } from './command-registry';

/** Crash backups, autosave, outside changes to the open file, and File → Restore from History…. */
export function useRecoveryCommands(): void {
  useEffect(() => {
    const stopBackups = startBackupScheduler();
    const stopAutosave = startAutosave();
    const unsubscribe = factdesk.on('fileChangedOnDisk', ({ path }) => void handleFileChangedOnDisk(path));
    const unbind = commands.bind('file.restoreHistory', () => {
      if (currentDocument()) void showHistory();
    });
    return () => {
      stopBackups();
      stopAutosave();
      unsubscribe();
      unbind();
    };
  }, []);
}
