import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createExportHandlers } from '../../../../../main/services/export/export-handlers';
import { DEFAULT_REPORT_OPTIONS } from '../../../../../shared/report/options';
import { renderReport } from '../../../../../shared/report/render';
import { projectView, withSourceTexts } from '../../../../../shared/sources/source-summary';
import { loadProject, NEWSROOM_PROJECT } from '../../../shared/report/fixture';

function setup(chosen: string | null) {
  const calls: string[] = [];
  const handlers = createExportHandlers({
    chooseExportPath: async (name, format) => (calls.push(`choose:${name}:${format}`), chosen),
    printToPdf: async (html, title) => (
      calls.push(`print:${title}:${html.length}`),
      new TextEncoder().encode('%PDF-test')
    ),
    openPath: async (file) => (calls.push(`open:${file}`), ''),
    // Main puts back the source texts the window never held.
    projectFrom: (_session, view) =>
      withSourceTexts(view, (id) => project.sources.find((source) => source.id === id)?.text),
    openFilePath: () => null,
  });
  return { handlers, calls };
}

const project = loadProject(NEWSROOM_PROJECT);
const inWindow = { session: 'open', project: projectView(project) };

describe('export handlers', () => {
  it('writes the report where the user chose, adding the extension, and opens only what it wrote', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'factdesk-export-h-'));
    const { handlers, calls } = setup(path.join(dir, 'ferry'));
    const result = await handlers.exportReport({
      ...inWindow,
      format: 'md',
      options: DEFAULT_REPORT_OPTIONS,
      suggestedName: 'Ferry',
    });
    expect(result).toEqual({ ok: true, path: path.join(dir, 'ferry.md') });
    expect(calls).toEqual(['choose:Ferry report.md:md']);
    expect(readFileSync(path.join(dir, 'ferry.md'), 'utf8')).toBe(renderReport(project, 'md', DEFAULT_REPORT_OPTIONS));
    expect(await handlers.openExportedFile(path.join(dir, 'ferry.md'))).toEqual({ ok: true });
    expect(await handlers.openExportedFile('/etc/passwd')).toEqual({
      ok: false,
      message: 'Only a report exported in this session can be opened from here.',
    });
    expect(calls).toEqual(['choose:Ferry report.md:md', `open:${path.join(dir, 'ferry.md')}`]);
  });

  it('prints a PDF through the injected printer, with the article title', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'factdesk-export-h-'));
    const { handlers, calls } = setup(path.join(dir, 'ferry.pdf'));
    await handlers.exportReport({
      ...inWindow,
      format: 'pdf',
      options: DEFAULT_REPORT_OPTIONS,
      suggestedName: 'Ferry',
    });
    expect(readFileSync(path.join(dir, 'ferry.pdf'), 'utf8')).toBe('%PDF-test');
    expect(calls[1]).toBe(
      `print:${project.article.title}:${renderReport(project, 'html', DEFAULT_REPORT_OPTIONS).length}`,
    );
  });

  it('exports the live project as a save would: stale selectors follow the marks', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'factdesk-export-h-'));
    const { handlers } = setup(path.join(dir, 'live.html'));
    const stale = {
      ...inWindow.project,
      claims: project.claims.map((claim) => ({
        ...claim,
        anchor: { ...claim.anchor, position: { start: 0, end: 1 } },
      })),
    };
    await handlers.exportReport({
      session: 'open',
      project: stale,
      format: 'html',
      options: DEFAULT_REPORT_OPTIONS,
      suggestedName: 'x',
    });
    expect(readFileSync(path.join(dir, 'live.html'), 'utf8')).toBe(
      renderReport(project, 'html', DEFAULT_REPORT_OPTIONS),
    );
  });

  it('reports a cancelled dialog and a failed write without throwing', async () => {
    expect(
      await setup(null).handlers.exportReport({
        ...inWindow,
        format: 'csv',
        options: DEFAULT_REPORT_OPTIONS,
        suggestedName: 'x',
      }),
    ).toEqual({ ok: false, cancelled: true });
    const failed = await setup('/nonexistent-folder/r.csv').handlers.exportReport({
      ...inWindow,
      format: 'csv',
      options: DEFAULT_REPORT_OPTIONS,
      suggestedName: 'x',
    });
    expect(failed).toEqual({
      ok: false,
      message:
        'Nothing was saved: the folder ‘/nonexistent-folder’ does not exist. The report ‘r.csv’ was not written.',
    });
  });
});
