import { useEffect } from 'react';
import { useAppCommands } from './commands/use-app-commands';
import { useFileCommands } from './commands/use-file-commands';
import { useOsFileRequests } from './commands/use-os-file-requests';
import { CommandPalette } from './panels/help/CommandPalette';
import { AboutDialog } from './panels/help/AboutDialog';
import { GuideDialog } from './panels/help/GuideDialog';
import { ShortcutsDialog } from './panels/help/ShortcutsDialog';
import { useGlobalShortcuts } from './commands/use-global-shortcuts';
import { useRecoveryCommands } from './commands/use-recovery-commands';
import { factdesk } from './factdesk';
import { IdentityDialog } from './panels/IdentityDialog';
import { PreferencesDialog } from './panels/PreferencesDialog';
import { followPreferences } from './state/preferences-actions';
import { signOffText } from './panels/review/SignOffStatus';
import { ConflictDialog } from './panels/ConflictDialog';
import { HistoryDialog } from './panels/HistoryDialog';
import { ExportReportDialog } from './panels/ExportReportDialog';
import { SignOffDialog } from './panels/review/SignOffDialog';
import { Notices } from './panels/Notices';
import { ProgressBar } from './panels/ProgressBar';
import { RecoveryDialog } from './panels/RecoveryDialog';
import { StartScreen } from './panels/StartScreen';
import { UnsavedChangesDialog } from './panels/UnsavedChangesDialog';
import { Workspace } from './panels/Workspace';
import { documentStore } from './state/document-store';
import { closeWindowWhenSafe, loadStartupState } from './state/file-actions';
import { offerRecovery } from './state/recovery-actions';
import { useStore } from './state/store';
import { uiStore } from './state/ui-store';

function useWindowTitle(): void {
  const title = useStore(documentStore, (doc) => {
    if (!doc) return 'Factdesk';
    const signOff = doc.project.signOff ? ` — ${signOffText(doc.project.signOff)}` : '';
    return `${doc.dirty ? '● ' : ''}${doc.name}${signOff} — Factdesk`;
  });
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
  useAppCommands();
  useOsFileRequests();
  useRecoveryCommands();
  useWindowTitle();
  useEffect(followPreferences, []);
  useEffect(() => {
    void loadStartupState().then(offerRecovery);
    return factdesk.on('closeRequested', () => void closeWindowWhenSafe());
  }, []);
  if (!ready) return <div className="app-loading" aria-busy="true" />;
  return (
    <div className="app">
      {docKey === null ? <StartScreen /> : <Workspace key={docKey} />}
      <ProgressBar />
      <UnsavedChangesDialog />
      <IdentityDialog />
      <PreferencesDialog />
      <CommandPalette />
      <ShortcutsDialog />
      <GuideDialog />
      <AboutDialog />
      <RecoveryDialog />
      <ConflictDialog />
      <HistoryDialog />
      <ExportReportDialog />
      <SignOffDialog />
      <Notices />
    </div>
  );
}

