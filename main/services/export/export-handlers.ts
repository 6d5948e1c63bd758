import path from 'node:path';
import type { ExportRequestData, ExportResult, PreviewRequestData } from '../../../shared/api';
import { refreshClaimAnchors } from '../../../shared/anchoring/refresh-claim-anchors';
import { FORMAT_INFO, type ReportFormat } from '../../../shared/report/options';
import { claimReviewMissing } from '../../../shared/report/claimreview';
import { buildReport } from '../../../shared/report/model';
import { renderReport } from '../../../shared/report/render';
import type { Project, ProjectView } from '../../../shared/project/schema';
import { describeFile } from '../project-file/project-io';
import { nothingSaved } from '../disk/write-errors';
import { reportContent, withReportExtension, writeReportFile, type PrintToPdf } from './report-export';
import { reportTargetProblem } from './report-target';

/**
 * The Export report… handlers: ask where, write the report with the same code
 * as the command line, and open what was written on request. Only files this
 * session exported may be opened, so the renderer cannot open arbitrary paths.
 */

export interface ExportDeps {
  chooseExportPath(suggestedName: string, format: ReportFormat): Promise<string | null>;
  printToPdf: PrintToPdf;
  /** Open a file in the system's default app; resolves to an error message, or '' on success. */
  openPath(filePath: string): Promise<string>;
  /** The window's project with its source texts back. */
  projectFrom(session: string, view: ProjectView): Project;
  /** The project file open in the window, never to be written over by a report. */
  openFilePath(): string | null;
}

export function createExportHandlers(deps: ExportDeps) {
  const exported = new Set<string>();
  return {
    async exportReport(request: ExportRequestData): Promise<ExportResult> {
      const info = FORMAT_INFO[request.format];
      if (request.format === 'claimreview') {
        const missing = claimReviewMissing(
          buildReport(deps.projectFrom(request.session, request.project), request.options),
        );
        if (missing.length > 0) return { ok: false, message: `ClaimReview needs ${missing.join(', ')}.` };
      }
      const chosen = await deps.chooseExportPath(
        `${request.suggestedName}${info.nameSuffix}.${info.extension}`,
        request.format,
      );
      if (!chosen) return { ok: false, cancelled: true };
      const target = withReportExtension(path.resolve(chosen), request.format);
      const open = deps.openFilePath();
      const refused = await reportTargetProblem(target, open ? [open] : []);
      if (refused) return { ok: false, message: `Nothing was saved: ${refused}. Choose another name for the report.` };
      try {
        // Export what a save would write: selectors follow the marks as they are now.
        const content = await reportContent(
          refreshClaimAnchors(deps.projectFrom(request.session, request.project)),
          request.format,
          request.options,
          deps.printToPdf,
        );
        await writeReportFile(target, content);
      } catch (error) {
        return {
          ok: false,
          message: `${nothingSaved(error, target)}. The report ${describeFile(target)} was not written.`,
        };
      }
      exported.add(target);
      return { ok: true, path: target };
    },
    /** The dialog's preview: exactly the HTML an export would write. */
    previewReport: async (request: PreviewRequestData): Promise<string> =>
      renderReport(refreshClaimAnchors(deps.projectFrom(request.session, request.project)), 'html', request.options),
    async openExportedFile(filePath: string): Promise<{ ok: true } | { ok: false; message: string }> {
      if (!exported.has(filePath))
        return { ok: false, message: 'Only a report exported in this session can be opened from here.' };
      const problem = await deps.openPath(filePath);
      return problem ? { ok: false, message: `Could not open ${describeFile(filePath)}: ${problem}` } : { ok: true };
    },
  };
}
