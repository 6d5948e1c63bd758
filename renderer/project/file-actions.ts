import type { OpenResult } from '../../shared/api';
import { createEmptyProject } from '../../shared/project/new-project';
import { projectView } from '../../shared/sources/source-summary';
import { factdesk } from '../factdesk';
import { showNotice } from '../state/notices-store';
import { applyProjectLayout } from '../state/panel-layout-store';
import { refreshRecent } from '../state/recent-projects-store';
import { askAboutUnsavedChanges } from '../state/unsaved-prompt-store';
import { discardCurrentBackup } from './backup-scheduler';
import { closeDocument, documentStore, openDocument } from './document-store';
import { saveDocument, saveFinished } from './save-document';

/** The File commands: each asks about unsaved changes before it replaces the open project. */

/** true when it is fine to replace or close the open project. */
export async function confirmLeavingDocument(): Promise<boolean> {
  await saveFinished();
  const doc = documentStore.get();
  if (!doc || !doc.dirty) return true;
  const choice = await askAboutUnsavedChanges(doc.name);
  if (choice === 'cancel') return false;
  if (choice === 'discard') {
    await discardCurrentBackup();
    return true;
  }
  return saveDocument(false);
}

export function showOpenResult(result: OpenResult): void {
  if (!result.ok) {
    showNotice('error', result.message);
    return;
  }
  openDocument(result.path, result.name, result.project, result.session);
  applyProjectLayout(result.layout);
  if (result.notice) showNotice('info', result.notice);
  if (result.repairs.length > 0)
    showNotice(
      'error',
      `“${result.name}” was damaged and has been repaired. ${result.repairs.join(' ')} Save to keep the repaired version.`,
    );
  if (result.readOnly) showNotice('error', result.readOnly);
  void refreshRecent();
}

/**
 * The editor could not load the whole article: the project is closed
 * unopened, so nothing half-loaded can be autosaved or saved over the file.
 */
export function refuseUnloadableArticle(): void {
  const doc = documentStore.get();
  closeDocument();
  void factdesk.closeProjectFile();
  showNotice(
    'error',
    `“${doc?.name ?? 'The project'}” was not opened: its article could not be loaded in full, and saving it would have lost the rest. The file was not changed.`,
  );
}

export async function newProject(): Promise<void> {
  if (!(await confirmLeavingDocument())) return;
  await factdesk.closeProjectFile();
  openDocument(null, 'Untitled project', projectView(createEmptyProject(new Date())));
}

async function openWith(load: () => Promise<OpenResult | null>): Promise<void> {
  if (!(await confirmLeavingDocument())) return;
  const result = await load();
  if (result) showOpenResult(result);
}

export const openProject = () => openWith(() => factdesk.openProjectDialog());
export const openDemoProject = () => openWith(() => factdesk.openDemoProject());
export const openRecentProject = (path: string) => openWith(() => factdesk.openProjectPath(path));

export async function closeProject(): Promise<void> {
  if (!(await confirmLeavingDocument())) return;
  await factdesk.closeProjectFile();
  closeDocument();
  void refreshRecent();
}

export async function closeWindowWhenSafe(): Promise<void> {
  if (await confirmLeavingDocument()) await factdesk.closeWindow();
}
