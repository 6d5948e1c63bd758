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
import { IdentityDialog } from './panels/dialogs/IdentityDialog';
import { PreferencesDialog } from './panels/preferences/PreferencesDialog';
import { followPreferences } from './state/preferences-actions';
import { signOffText } from './panels/review/SignOffStatus';
import { ConflictDialog } from './panels/dialogs/ConflictDialog';
import { HistoryDialog } from './panels/dialogs/HistoryDialog';
import { ExportReportDialog } from './panels/export/ExportReportDialog';
import { SignOffDialog } from './panels/review/SignOffDialog';
import { OpenSharedProjectDialog } from './panels/dialogs/OpenSharedProjectDialog';
import { ShareProjectDialog } from './panels/dialogs/ShareProjectDialog';
import { Notices } from './panels/widgets/Notices';
import { ProgressBar } from './panels/widgets/ProgressBar';
import { RecoveryDialog } from './panels/dialogs/RecoveryDialog';
import { StartScreen } from './panels/layout/StartScreen';
import { UnsavedChangesDialog } from './panels/dialogs/UnsavedChangesDialog';
import { Workspace } from './panels/layout/Workspace';
import { useOpenDocument } from './project/document-store';
import { closeWindowWhenSafe } from './project/file-actions';
import { loadStartupState } from './project/startup';
import { offerRecovery } from './project/recovery-actions';
import { useStore } from './state/store';
import { startupStore } from './state/startup-store';

function useWindowTitle(): void {
  const title = useOpenDocument((doc) => {
    if (!doc) return 'Factdesk';
    const signOff = doc.project.signOff ? ` — ${signOffText(doc.project.signOff)}` : '';
    return `${doc.dirty ? '● ' : ''}${doc.name}${signOff} — Factdesk`;
  });
  useEffect(() => {
    document.title = title;
  }, [title]);
}

export function App() {
  const ready = useStore(startupStore, (startup) => startup.ready);
  const isMac = useStore(startupStore, (startup) => startup.platform === 'mac');
  const docKey = useOpenDocument((doc) => doc?.key ?? null);
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
      <ShareProjectDialog />
      <OpenSharedProjectDialog />
      <Notices />
    </div>
  );
}
