import type { ArticleImportResult, OpenResult, SaveResult } from '../../shared/api';
import { createEmptyProject } from '../../shared/new-project';
import { projectView } from '../../shared/source-summary';
import { factdesk } from '../factdesk';
import { bodyFromHtml } from '../import/html-to-body';
import { discardCurrentBackup } from './backup-scheduler';
import { setConflictSaver, startConflictFlow } from './conflict-flow';
import { closeDocument, documentStore, markSaved, openDocument, snapshotForSave } from './document-store';
import { startImport } from './import-progress';
import { applyProjectLayout, keepProjectLayout, startWithSidePanelWidth } from '../state/panel-layout-store';
import { recognisedSummary } from './import-notice';
import { askAboutUnsavedChanges, showNotice, uiStore } from '../state/ui-store';

/** The File commands: each asks about unsaved changes before it replaces the open project. */

async function refreshRecent(): Promise<void> {
  const recent = await factdesk.listRecentProjects();
  uiStore.update((ui) => ({ ...ui, recent }));
}

/** The save being written, if any: leaving waits for it, so it never asks about what is being saved. */
let saveInFlight: Promise<boolean> | null = null;

/** true when it is fine to replace or close the open project. */
export async function confirmLeavingDocument(): Promise<boolean> {
  await saveInFlight;
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

/**
 * The editor could not load the whole article: the project is closed
 * unopened, so nothing half-loaded can be autosaved or saved over the file.
 */
export function refuseUnloadableArticle(): void {
  const doc = documentStore.get();
  closeDocument();
  void factdesk.closeProjectFile();
  showNotice('error', `“${doc?.name ?? 'The project'}” was not opened: its article could not be loaded in full, and saving it would have lost the rest. The file was not changed.`);
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
  return name.replace(/[\\/:*?"<>|]+/g, ' ').replace(/\s+/g, ' ').trim() || 'Untitled project';
}

/** A project never saved is offered under its article's title as edited; a saved one under its file name. */
export function suggestedNameOf(doc: { path: string | null; name: string; project: { article: { title: string } } }): string {
  return suggestedNameFor(doc.path ? doc.name : doc.project.article.title.trim() || doc.name);
}

/**
 * Save the open project; `asNew` always asks where; `overwrite` saves over a
 * file changed on disk (only after the user confirmed). Returns true once it
 * is on disk. A file changed by someone else starts the conflict flow.
 * `announce` false (autosave) saves without the "Saved" toast; failures are always shown.
 */
export function saveDocument(asNew: boolean, overwrite = false, announce = true): Promise<boolean> {
  const saving = writeDocument(asNew, overwrite, announce);
  saveInFlight = saving;
  void saving.finally(() => {
    if (saveInFlight === saving) saveInFlight = null;
  });
  return saving;
}

async function writeDocument(asNew: boolean, overwrite: boolean, announce: boolean): Promise<boolean> {
  const doc = documentStore.get();
  const snapshot = await snapshotForSave().catch((error: unknown) => {
    showNotice('error', `Nothing was saved: the project could not be read for saving (${error instanceof Error ? error.message : String(error)}).`);
    return null;
  });
  if (!doc || !snapshot) return false;
  const request = { path: asNew ? null : doc.path, session: doc.session, project: snapshot.text, suggestedName: suggestedNameOf(doc), overwrite };
  // A call main refuses outright (a project it finds invalid) must be as visible as a failed write.
  const result: SaveResult = await (asNew ? factdesk.saveProjectAs(request) : factdesk.saveProject(request)).catch((error: unknown) => ({
    ok: false as const,
    message: `Nothing was saved: ${error instanceof Error ? error.message : String(error)}`,
  }));
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
    // The article as recognised (headline, byline, outlet, date, subheads; main's worker found them).
    const { fields, html } = result.structured;
    const body = await bodyFromHtml(html, { onProgress: run.windowProgress, cancelled: run.cancelled });
    if (!body) return;
    await factdesk.closeProjectFile();
    const created = new Date();
    const project = projectView(createEmptyProject(created));
    project.article = { ...project.article, ...fields, body };
    openDocument(null, fields.title || 'Untitled project', project);
    announceImport(result, created);
  } catch (error) {
    showNotice('error', `The article could not be imported: ${error instanceof Error ? error.message : String(error)}. Nothing was changed.`);
  } finally {
    run.finish();
  }
}

type ImportedArticle = Extract<ArticleImportResult, { ok: true }>;

/** What was recognised, with one Undo that puts the article back as the file has it. */
function announceImport(result: ImportedArticle, created: Date): void {
  const { recognised } = result.structured;
  if (recognised.length === 0) {
    showNotice('success', `Imported ${result.fileName}`);
    return;
  }
  const opened = documentStore.get()?.key;
  showNotice('success', recognisedSummary(result.fileName, recognised), { label: 'Undo', sticky: true, run: () => void undoRecognition(result, created, opened) });
}

const unchangedSinceImport = (opened: number | undefined) => {
  const doc = documentStore.get();
  return doc && doc.key === opened && !doc.dirty ? doc : null;
};

async function undoRecognition(result: ImportedArticle, created: Date, opened: number | undefined): Promise<void> {
  const tooLate = () => showNotice('info', 'The article has changed since the import, so the recognised structure can no longer be undone in one step (Edit → Undo still works).');
  if (!unchangedSinceImport(opened)) return tooLate();
  // Built in chunks like the import (a long article keeps the window responsive); Cancel keeps the recognised version.
  const run = startImport('Undoing the recognised structure', 0);
  try {
    const body = await bodyFromHtml(result.html, { onProgress: run.windowProgress, cancelled: run.cancelled });
    if (!body) return;
    const doc = unchangedSinceImport(opened);
    if (!doc) return tooLate();
    const project = projectView(createEmptyProject(created));
    project.article = { ...project.article, title: result.title, body };
    openDocument(null, result.title || 'Untitled project', project, doc.session);
    showNotice('info', `Undone: the article is as ${result.fileName} has it.`);
  } finally {
    run.finish();
  }
}

setConflictSaver(saveDocument);
