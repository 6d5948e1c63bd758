import type { ExportResult } from '../../shared/api';
import { DEFAULT_REPORT_OPTIONS, type ReportFormat, type ReportOptions } from '../../shared/report/options';
import { factdesk } from '../factdesk';
import { currentProject, documentStore } from './document-store';
import { setReviewSettings } from './project-changes';
import { suggestedNameOf } from './save-document';
import { Store } from '../state/store';
import { showNotice } from '../state/notices-store';
import { preferencesStore } from '../state/preferences-store';

/** The Export report… dialog: whether it is open, the last choices, and the export itself. */

export interface ExportChoices {
  format: ReportFormat;
  options: ReportOptions;
}

export const exportDialogStore = new Store<{ open: boolean; choices: ExportChoices }>({
  open: false,
  choices: { format: 'html', options: DEFAULT_REPORT_OPTIONS },
});

export function openExportDialog(): void {
  const doc = documentStore.get();
  if (!doc) return;
  const preferences = preferencesStore.get();
  const { review } = doc.project;
  // Who publishes and where: the project's own settings, else Preferences (the organisation), else what was typed last time.
  const fill = (fromProject: string, fallback: string) => fromProject.trim() || fallback;
  exportDialogStore.update((state) => ({
    open: true,
    choices: {
      ...state.choices,
      options: {
        ...state.choices.options,
        organisationName: fill(
          review.organisationName,
          state.choices.options.organisationName || preferences.organisationName,
        ),
        organisationUrl: fill(
          review.organisationUrl,
          state.choices.options.organisationUrl || preferences.organisationUrl,
        ),
        reviewUrl: fill(review.reviewUrl, state.choices.options.reviewUrl),
      },
    },
  }));
}

/** What was exported with is kept with the project, so the next export (and the CLI) has it. */
function rememberPublisher(options: ReportOptions): void {
  const review = documentStore.get()?.project.review;
  const next = {
    organisationName: options.organisationName.trim(),
    organisationUrl: options.organisationUrl.trim(),
    reviewUrl: options.reviewUrl.trim(),
  };
  if (
    !review ||
    (review.organisationName === next.organisationName &&
      review.organisationUrl === next.organisationUrl &&
      review.reviewUrl === next.reviewUrl)
  )
    return;
  if (next.organisationName || next.organisationUrl || next.reviewUrl) setReviewSettings(next);
}

export function closeExportDialog(choices: ExportChoices): void {
  exportDialogStore.set({ open: false, choices });
}

/** Reports name verdicts as the app does: by the labels in Preferences. */
function withVerdictLabels(options: ReportOptions): ReportOptions {
  return { ...options, verdictLabels: preferencesStore.get().verdictLabels };
}

/** The HTML report of the project as it is now, rendered by main exactly as it would export it (the source texts are there). */
export async function previewHtml(options: ReportOptions): Promise<string> {
  const doc = documentStore.get();
  const project = currentProject();
  return doc && project
    ? factdesk.previewReport({ session: doc.session, project, options: withVerdictLabels(options) })
    : '';
}

export async function exportReport(choices: ExportChoices): Promise<ExportResult | null> {
  const doc = documentStore.get();
  const project = currentProject();
  if (!doc || !project) return null;
  const result = await factdesk.exportReport({
    session: doc.session,
    project,
    format: choices.format,
    options: withVerdictLabels(choices.options),
    suggestedName: suggestedNameOf(doc),
  });
  if (!result.ok && !('cancelled' in result)) showNotice('error', result.message);
  if (result.ok) rememberPublisher(choices.options);
  return result;
}

export async function openExportedFile(path: string): Promise<void> {
  const result = await factdesk.openExportedFile(path);
  if (!result.ok) showNotice('error', result.message);
}
