import { useEffect, useState } from 'react';
import { FORMAT_INFO, REPORT_FORMATS, type ReportFormat, type ReportOptions } from '../../../shared/report/options';
import {
  closeExportDialog,
  exportDialogStore,
  exportReport,
  openExportedFile,
  previewHtml,
  type ExportChoices,
} from '../../project/export-report';
import { useStore } from '../../state/store';
import { Modal } from '../widgets/Modal';
import { claimReviewMissing } from '../../../shared/report/claimreview';
import { PublisherFields } from './PublisherFields';
import { VariantChoice } from './VariantChoice';
import { escapeHtml } from '../../../shared/report/escape';

/**
 * Export report…: pick a format and what to include, see the HTML report as
 * it will be written, export, then open the file if wanted. The preview runs
 * in a sandboxed frame with no scripts, like the exported file itself.
 */

type IncludeOption = 'includeUnreviewed' | 'includeComments' | 'includeArticleText';

const INCLUDE_LABELS: [IncludeOption, string, boolean][] = [
  ['includeUnreviewed', 'Include unreviewed claims', true],
  ['includeComments', 'Include reviewer comments', true],
  ['includeArticleText', 'Include full article text', false],
];

/** Formats that publish a fact-check, and so name who publishes it. */
const NAMES_PUBLISHER: ReadonlySet<ReportFormat> = new Set(['html', 'pdf']);

/** Said in the preview's place when main could not render it (the export itself may still work). */
function previewFailure(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return `<p>The preview could not be made: ${escapeHtml(message)}</p>`;
}

/** What goes in: the internal-only choices are off (and shown off) in a publication report. */
function ContentsChoice({
  options,
  internal,
  onChange,
}: {
  options: ReportOptions;
  internal: boolean;
  onChange: (change: Partial<ReportOptions>) => void;
}) {
  return (
    <fieldset className="export-include">
      <legend>Contents</legend>
      {INCLUDE_LABELS.map(([key, label, internalOnly]) => (
        <label key={key}>
          <input
            type="checkbox"
            checked={options[key] && (internal || !internalOnly)}
            disabled={internalOnly && !internal}
            onChange={(event) => onChange({ [key]: event.target.checked })}
          />
          {label}
        </label>
      ))}
    </fieldset>
  );
}

export function ExportReportDialog() {
  const state = useStore(exportDialogStore, (value) => value);
  return state.open ? <ExportReportForm initial={state.choices} /> : null;
}

function ExportReportForm({ initial }: { initial: ExportChoices }) {
  const [format, setFormat] = useState<ReportFormat>(initial.format);
  const [options, setOptions] = useState<ReportOptions>(initial.options);
  const [busy, setBusy] = useState(false);
  const [exportedPath, setExportedPath] = useState<string | null>(null);
  const [preview, setPreview] = useState('');
  useEffect(() => {
    let current = true;
    previewHtml(options).then(
      (html) => current && setPreview(html),
      (error: unknown) => current && setPreview(previewFailure(error)),
    );
    return () => {
      current = false;
    };
  }, [options]);

  const close = () => closeExportDialog({ format, options });
  const internal = options.variant === 'internal' && format !== 'claimreview';
  const missing = format === 'claimreview' ? claimReviewMissing({ options }) : [];
  const change = (next: Partial<ReportOptions>) => setOptions({ ...options, ...next });
  const runExport = async () => {
    if (missing.length > 0) return;
    setBusy(true);
    const result = await exportReport({ format, options });
    setBusy(false);
    if (result?.ok) setExportedPath(result.path);
  };

  return (
    <Modal title="Export report…" className="export-dialog" onEscape={close}>
      <div className="export-layout">
        <form className="export-options" onSubmit={(event) => event.preventDefault()}>
          <label className="export-field">
            <span>Format</span>
            <select value={format} onChange={(event) => setFormat(event.target.value as ReportFormat)}>
              {REPORT_FORMATS.map((value) => (
                <option key={value} value={value}>
                  {FORMAT_INFO[value].label}
                </option>
              ))}
            </select>
          </label>
          {format === 'claimreview' && (
            <PublisherFields options={options} onChange={change} missing={missing} required />
          )}
          <VariantChoice
            value={format === 'claimreview' ? 'publication' : options.variant}
            locked={format === 'claimreview'}
            onChange={(variant) => change({ variant })}
          />
          {format !== 'claimreview' && <ContentsChoice options={options} internal={internal} onChange={change} />}
          {format !== 'claimreview' && NAMES_PUBLISHER.has(format) && !internal && (
            <PublisherFields options={options} onChange={change} missing={missing} required={false} />
          )}
          <p className="export-hint">
            The preview shows the HTML report{internal ? '' : ' for publication'}. Every format is built from the same
            report, so they never disagree.
          </p>
        </form>
        {/* Mounted once the report is here: its first document is the report, not an empty page replaced a moment later. */}
        {preview ? (
          <iframe className="export-preview" title="Report preview" sandbox="" srcDoc={preview} />
        ) : (
          <div className="export-preview export-preview-waiting">Preparing the preview…</div>
        )}
      </div>
      {exportedPath && (
        <p className="export-done" role="status">
          Exported to <span className="export-path">{exportedPath}</span>
        </p>
      )}
      <div className="modal-actions">
        {exportedPath && (
          <button type="button" onClick={() => void openExportedFile(exportedPath)}>
            Open report
          </button>
        )}
        <span className="spacer" />
        <button type="button" onClick={close}>
          {exportedPath ? 'Done' : 'Cancel'}
        </button>
        {/* aria-disabled, not disabled: a disabled button drops the focus, and Escape would no longer reach the dialog. */}
        <button
          type="button"
          className="primary"
          aria-disabled={busy || missing.length > 0}
          onClick={() => !busy && void runExport()}
        >
          {busy ? 'Exporting…' : 'Export'}
        </button>
      </div>
    </Modal>
  );
}
