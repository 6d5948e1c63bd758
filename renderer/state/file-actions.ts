import type { OpenResult, SaveResult } from '../../shared/api';
import { createEmptyProject } from '../../shared/new-project';
import { factdesk } from '../factdesk';
import { closeDocument, currentProject, documentStore, markSaved, openDocument } from './document-store';
import { askAboutUnsavedChanges, showNotice, uiStore } from './ui-store';

/** The File commands: each asks about unsaved changes before it replaces the open project. */

async function refreshRecent(): Promise<void> {
  const recent = await factdesk.listRecentProjects();
  uiStore.update((ui) => ({ ...ui, recent }));
}

/** true when it is fine to replace or close the open project. */
export async function confirmLeavingDocument(): Promise<boolean> {
  const doc = documentStore.get();
  if (!doc || !doc.dirty) return true;
  const choice = await askAboutUnsavedChanges(doc.name);
  if (choice === 'cancel') return false;
  if (choice === 'discard') return true;
  return saveDocument(false);
}

export function showOpenResult(result: OpenResult): void {
  if (!result.ok) {
    showNotice('error', result.message);
    return;
  }
  openDocument(result.path, result.name, result.project);
  if (result.notice) showNotice('info', result.notice);
  void refreshRecent();
}

export async function newProject(): Promise<void> {
  if (!(await confirmLeavingDocument())) return;
  openDocument(null, 'Untitled project', createEmptyProject(new Date()));
}

async function openWith(load: () => Promise<OpenResult | null>): Promise<void> {
  if (!(await confirmLeavingDocument())) return;
  const result = await load();
  if (result) showOpenResult(result);
}

export const openProject = () => openWith(() => factdesk.openProjectDialog());
export const openDemoProject = () => openWith(() => factdesk.openDemoProject());
export const openRecentProject = (path: string) => openWith(() => factdesk.openProjectPath(path));

export function suggestedNameFor(name: string): string {
  return name.replace(/[\\/:*?"<>|]+/g, ' ').trim() || 'Untitled project';
}

/** Save the open project; `asNew` always asks where. Returns true once it is on disk. */
export async function saveDocument(asNew: boolean): Promise<boolean> {
  const doc = documentStore.get();
  const project = currentProject();
  if (!doc || !project) return false;
  const request = { path: asNew ? null : doc.path, project, suggestedName: suggestedNameFor(doc.name) };
  const result: SaveResult = asNew ? await factdesk.saveProjectAs(request) : await factdesk.saveProject(request);
  if (!result.ok) {
    if (!('cancelled' in result)) showNotice('error', result.message);
    return false;
  }
  const name = result.path.split(/[\\/]/).pop()!.replace(/\.factdesk$/i, '');
  markSaved(result.path, name, project);
  showNotice('success', `Saved ${name}`);
  void refreshRecent();
  return true;
}

export async function closeProject(): Promise<void> {
  if (!(await confirmLeavingDocument())) return;
  closeDocument();
  void refreshRecent();
}

export async function closeWindowWhenSafe(): Promise<void> {
  if (await confirmLeavingDocument()) await factdesk.closeWindow();
}

export async function loadStartupState(): Promise<void> {
  const state = await factdesk.getStartupState();
  uiStore.update((ui) => ({ ...ui, platform: state.platform, recent: state.recent, ready: true }));
  if (state.initial) showOpenResult(state.initial);
}
