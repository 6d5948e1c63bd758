import type { Project } from '../project/schema';
import { renderClaimReview } from './claimreview';
import { renderCsv } from './csv';
import { renderHtml } from './html';
import { renderMarkdown } from './markdown';
import { buildReport, type ReportModel } from './model';
import type { ReportFormat, ReportOptions } from './options';
import { renderWebAnnotations } from './web-annotations';

export type TextFormat = Exclude<ReportFormat, 'pdf'>;

const SERIALISERS: Record<TextFormat, (report: ReportModel) => string> = {
  html: renderHtml,
  md: renderMarkdown,
  csv: renderCsv,
  claimreview: renderClaimReview,
  annotations: renderWebAnnotations,
};

/**
 * A project as report text. The one entry point for the app and the CLI, so
 * both write the same bytes for the same project. PDF is the HTML, printed.
 */
export function renderReport(project: Project, format: ReportFormat, options: ReportOptions): string {
  // ClaimReview is published: it is always built as the publication report is.
  const built = format === 'claimreview' ? { ...options, variant: 'publication' as const } : options;
  return SERIALISERS[format === 'pdf' ? 'html' : format](buildReport(project, built));
}
