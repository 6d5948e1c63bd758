import { useEffect } from 'react';
import { useFileCommands } from './commands/use-file-commands';
import { useGlobalShortcuts } from './commands/use-global-shortcuts';
import { factdesk } from './factdesk';
import { ExportReportDialog } from './panels/ExportReportDialog';
import { Notices } from './panels/Notices';
import { StartScreen } from './panels/StartScreen';
import { UnsavedChangesDialog } from './panels/UnsavedChangesDialog';
import { Workspace } from './panels/Workspace';
import { documentStore } from './state/document-store';
import { closeWindowWhenSafe, loadStartupState } from './state/file-actions';
import { useStore } from './state/store';
import { uiStore } from './state/ui-store';

function useWindowTitle(): void {
  const title = useStore(documentStore, (doc) => (doc ? `${doc.dirty ? '● ' : ''}${doc.name} — Factdesk` : 'Factdesk'));
  useEffect(() => {
    document.title = title;
  }, [title]);
}

export function App() {
  const ready = useStore(uiStore, (ui) => ui.ready);
  const isMac = useStore(uiStore, (ui) => ui.platform === 'mac');
  const docKey = useStore(documentStore, (doc) => doc?.key ?? null);
  useGlobalShortcuts(isMac);
  useFileCommands();
  useWindowTitle();
  useEffect(() => {
    void loadStartupState();
    return factdesk.on('closeRequested', () => void closeWindowWhenSafe());
  }, []);
  if (!ready) return <div className="app-loading" aria-busy="true" />;
  return (
    <div className="app">
      {docKey === null ? <StartScreen /> : <Workspace key={docKey} />}
      <UnsavedChangesDialog />
      <ExportReportDialog />
      <Notices />
    </div>
  );
}

