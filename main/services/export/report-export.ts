import { writeFileAtomic } from '../disk/atomic-write';
import { FORMAT_INFO, type ReportFormat, type ReportOptions } from '../../../shared/report/options';
import { renderReport } from '../../../shared/report/render';
import type { Project } from '../../../shared/project/schema';

/**
 * Turning a project into report bytes on disk: shared by the app's export
 * handler and the command line, so both write the same file. Only the PDF
 * printer differs (Electron in the app, Chromium from the command line).
 */

export type PrintToPdf = (html: string, title: string) => Promise<Uint8Array>;

export async function reportContent(
  project: Project,
  format: ReportFormat,
  options: ReportOptions,
  printToPdf: PrintToPdf,
): Promise<string | Uint8Array> {
  const text = renderReport(project, format, options);
  return format === 'pdf' ? printToPdf(text, project.article.title) : text;
}

export async function writeReportFile(filePath: string, content: string | Uint8Array): Promise<void> {
  await writeFileAtomic(filePath, content);
}

/** "x" -> "x.html" for an HTML export; a name that already ends in the format's extension is kept. */
export function withReportExtension(filePath: string, format: ReportFormat): string {
  const extension = `.${FORMAT_INFO[format].extension}`;
  return filePath.toLowerCase().endsWith(extension) ? filePath : `${filePath}${extension}`;
}
