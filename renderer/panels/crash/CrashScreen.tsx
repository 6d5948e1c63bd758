import { useEffect, useState } from 'react';
import type { RecoverableBackup } from '../../../shared/api';
import { factdesk } from '../../factdesk';
import { currentDocument } from '../../project/document-store';
import { describeTime } from '../../project/recovery-actions';

/** undefined while asking main; null: no backup of unsaved work. */
function useNewestBackup(): RecoverableBackup | null | undefined {
  const [backup, setBackup] = useState<RecoverableBackup | null | undefined>(undefined);
  useEffect(() => {
    factdesk.listRecoverableBackups().then(
      (list) => setBackup(list[0] ?? null),
      () => setBackup(null),
    );
  }, []);
  return backup;
}

function BackupNews({ backup }: { backup: RecoverableBackup | null | undefined }) {
  if (backup === undefined) return <p>Looking for the backup of your unsaved work…</p>;
  if (backup) {
    return (
      <p>
        Your unsaved work in “{backup.name}” was backed up at {describeTime(backup.writtenAt)}. Reload the window and
        Factdesk offers it back to you.
      </p>
    );
  }
  return currentDocument()?.dirty ? (
    <p>
      No backup of your latest changes was made (crash backups may be off in Preferences): changes since your last save
      are lost.
    </p>
  ) : (
    <p>You had no unsaved changes: reloading brings Factdesk back as it was.</p>
  );
}

/** What the window shows instead of a blank page when an error stopped it (WindowErrorBoundary). */
export function CrashScreen({ error }: { error: Error }) {
  const backup = useNewestBackup();
  const [logProblem, setLogProblem] = useState<string | null>(null);
  const openLog = async () => {
    const result = await factdesk
      .openCrashLog()
      .catch((failure: Error) => ({ ok: false as const, message: failure.message }));
    setLogProblem(result.ok ? null : result.message);
  };
  return (
    <main className="start-screen crash-screen" aria-labelledby="crash-title">
      <div className="start-card">
        <h1 id="crash-title">Something went wrong in this window</h1>
        <p>Factdesk met an error it did not expect and stopped showing your work. Nothing on disk was changed.</p>
        <BackupNews backup={backup} />
        <div className="crash-actions">
          <button type="button" className="primary" onClick={() => window.location.reload()}>
            {backup ? 'Reload and restore my work' : 'Reload'}
          </button>
          <button type="button" onClick={() => void openLog()}>
            Open crash log
          </button>
        </div>
        {logProblem && <p role="alert">{logProblem}</p>}
        <details className="crash-details">
          <summary>Technical details</summary>
          <pre>{error.message}</pre>
        </details>
      </div>
    </main>
  );
}
