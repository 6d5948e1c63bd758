import type { ArticleImportResult, OpenResult, SaveResult } from '../../shared/api';
import { createEmptyProject } from '../../shared/new-project';
import { projectView } from '../../shared/source-summary';
import { factdesk } from '../factdesk';
import { bodyFromHtml } from '../import/html-to-body';
import { discardCurrentBackup } from './backup-scheduler';
import { setConflictSaver, startConflictFlow } from './conflict-flow';
import { closeDocument, documentStore, markSaved, openDocument, snapshotForSave } from './document-store';
import { startImport } from './import-progress';
import { applyProjectLayout, keepProjectLayout, startWithSidePanelWidth } from './panel-layout-store';
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
  if (result.repairs.length > 0) showNotice('error', `“${result.name}” was damaged and has been repaired. ${result.repairs.join(' ')} Save to keep the repaired version.`);
  if (result.readOnly) showNotice('error', result.readOnly);
  void refreshRecent();
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

export function suggestedNameFor(name: string): string {
  return name.replace(/[\\/:*?"<>|]+/g, ' ').trim() || 'Untitled project';
}

/**
 * Save the open project; `asNew` always asks where; `overwrite` saves over a
 * file changed on disk (only after the user confirmed). Returns true once it
 * is on disk. A file changed by someone else starts the conflict flow.
 * `announce` false (autosave) saves without the "Saved" toast; failures are always shown.
 */
export async function saveDocument(asNew: boolean, overwrite = false, announce = true): Promise<boolean> {
  const doc = documentStore.get();
  const snapshot = await snapshotForSave().catch((error: unknown) => {
    showNotice('error', `Nothing was saved: the project could not be read for saving (${error instanceof Error ? error.message : String(error)}).`);
    return null;
  });
  if (!doc || !snapshot) return false;
  const request = { path: asNew ? null : doc.path, session: doc.session, project: snapshot.text, suggestedName: suggestedNameFor(doc.name), overwrite };
  const result: SaveResult = asNew ? await factdesk.saveProjectAs(request) : await factdesk.saveProject(request);
  if (!result.ok) {
    if ('conflict' in result) startConflictFlow('save');
    else if (!('cancelled' in result)) showNotice('error', result.message);
    return false;
  }
  const name = result.path.split(/[\\/]/).pop()!.replace(/\.factdesk$/i, '');
  markSaved(result.path, name, snapshot);
  if (result.path !== doc.path) void keepProjectLayout();
  if (announce) showNotice('success', `Saved ${name}`);
  void refreshRecent();
  return true;
}

export async function closeProject(): Promise<void> {
  if (!(await confirmLeavingDocument())) return;
  await factdesk.closeProjectFile();
  closeDocument();
  void refreshRecent();
}

export async function closeWindowWhenSafe(): Promise<void> {
  if (await confirmLeavingDocument()) await factdesk.closeWindow();
}

export async function loadStartupState(): Promise<void> {
  const state = await factdesk.getStartupState();
  uiStore.update((ui) => ({ ...ui, platform: state.platform, recent: state.recent, identity: state.identity, preferences: state.preferences, identityDialog: state.identity ? null : 'first-run', ready: true }));
  startWithSidePanelWidth(state.preferences.sidePanelWidth);
  state.notices.forEach((notice) => showNotice('error', notice));
  if (state.initial) showOpenResult(state.initial);
}

/** File → Import Article…: a new project whose article is the chosen file, sanitised. */
export async function importArticle(): Promise<void> {
  await importArticleFrom(() => factdesk.importArticleDialog());
}

/**
 * A new project whose article comes from `read` (the Import dialog, or a
 * dropped file), with progress and Cancel: until the article is built, the
 * open project stays as it is, and Cancel leaves it so.
 */
export async function importArticleFrom(read: () => Promise<ArticleImportResult | null>): Promise<void> {
  if (!(await confirmLeavingDocument())) return;
  const run = startImport('Importing article');
  try {
    const result = await read();
    if (!result || run.cancelled()) return;
    if (!result.ok) {
      showNotice('error', result.message);
      return;
    }
    run.windowProgress(0);
    const body = await bodyFromHtml(result.html, { onProgress: run.windowProgress, cancelled: run.cancelled });
    if (!body) return;
    await factdesk.closeProjectFile();
    const project = projectView(createEmptyProject(new Date()));
    project.article = { ...project.article, title: result.title, body };
    openDocument(null, result.title || 'Untitled project', project);
    showNotice('success', `Imported ${result.fileName}`);
  } catch (error) {
    showNotice('error', `The article could not be imported: ${error instanceof Error ? error.message : String(error)}. Nothing was changed.`);
  } finally {
    run.finish();
  }
}

setConflictSaver(saveDocument);
