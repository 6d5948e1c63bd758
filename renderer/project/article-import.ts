import type { ArticleImportResult } from '../../shared/api';
import { createEmptyProject } from '../../shared/project/new-project';
import { projectView } from '../../shared/sources/source-summary';
import { factdesk } from '../factdesk';
import { bodyFromHtml } from '../import/html-to-body';
import { showNotice } from '../state/notices-store';
import { documentStore, openDocument } from './document-store';
import { confirmLeavingDocument } from './file-actions';
import { recognisedSummary } from './import-notice';
import { startImport } from './import-progress';

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
    showNotice(
      'error',
      `The article could not be imported: ${error instanceof Error ? error.message : String(error)}. Nothing was changed.`,
    );
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
  showNotice('success', recognisedSummary(result.fileName, recognised), {
    label: 'Undo',
    sticky: true,
    run: () => void undoRecognition(result, created, opened),
  });
}

const unchangedSinceImport = (opened: number | undefined) => {
  const doc = documentStore.get();
  return doc && doc.key === opened && !doc.dirty ? doc : null;
};

async function undoRecognition(result: ImportedArticle, created: Date, opened: number | undefined): Promise<void> {
  const tooLate = () =>
    showNotice(
      'info',
      'The article has changed since the import, so the recognised structure can no longer be undone in one step (Edit → Undo still works).',
    );
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
