import { useRef, useState } from 'react';
import type { SourceImportResult } from '../../../shared/api';
import { createSource } from '../../../shared/sources/sources';
import { factdesk } from '../../factdesk';
import { addSource, currentSession as session, keepPastedSource } from '../../project/source-actions';
import { openSourceViewer } from '../../state/source-viewer-store';
import { startImport, type ImportRun } from '../../project/import-progress';
import { showNotice } from '../../state/notices-store';
import { Modal } from '../widgets/Modal';
import { OwnNetworkDialog } from './OwnNetworkDialog';
import { PasteSourceForm } from './PasteSourceForm';

type Way = 'paste' | 'file' | 'url';
const WAYS: { id: Way; label: string }[] = [
  { id: 'paste', label: 'Paste text' },
  { id: 'file', label: 'Import file' },
  { id: 'url', label: 'Web page' },
];

/** Add a source by pasting its text, importing a file, or fetching a web page. */
export function AddSourceDialog({ onClose }: { onClose: () => void }) {
  const [way, setWay] = useState<Way>('paste');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const importing = useRef<ImportRun | null>(null);
  /** A page on the user's own network, waiting for their yes: its address, and those already confirmed. */
  const [ownNetwork, setOwnNetwork] = useState<{
    url: string;
    confirmed: string[];
    address: string;
    message: string;
  } | null>(null);
  // Closing the dialog while a file or page is being read stops the reading.
  const close = () => {
    importing.current?.cancel();
    onClose();
  };

  const finish = (result: SourceImportResult | null) => {
    if (!result) return;
    if (!result.ok) {
      setError(result.message);
      return;
    }
    addSource(result.source);
    openSourceViewer(result.source.id);
    showNotice('success', `Added source “${result.source.title}”`);
    onClose();
  };
  const run = async (work: () => Promise<SourceImportResult | null>) => {
    setBusy(true);
    setError(null);
    try {
      finish(await work());
    } finally {
      setBusy(false);
    }
  };
  /** A file or page read by main, with progress and Cancel; a cancelled reading adds nothing and says nothing. */
  const importWith = (work: () => Promise<SourceImportResult | null>) =>
    run(async () => {
      const job = startImport('Importing source', 1);
      importing.current = job;
      try {
        const result = await work();
        return job.cancelled() ? null : result;
      } finally {
        job.finish();
        importing.current = null;
      }
    });
  const fetchPage = (url: string, confirmed: string[]) =>
    importWith(async () => {
      const result = await factdesk.importSourceUrl(session(), url, confirmed);
      if (result.ok || !('ownNetworkAddress' in result)) return result;
      setOwnNetwork({ url, confirmed, address: result.ownNetworkAddress, message: result.message });
      return null;
    });

  return (
    <>
      <Modal title="Add source" onEscape={close} wide>
        <div className="tabs" role="tablist" aria-label="How to add the source">
          {WAYS.map((option) => (
            <button
              key={option.id}
              type="button"
              role="tab"
              id={`add-source-tab-${option.id}`}
              aria-selected={way === option.id}
              aria-controls={`add-source-${option.id}`}
              onClick={() => {
                setWay(option.id);
                setError(null);
              }}
            >
              {option.label}
            </button>
          ))}
        </div>
        <div role="tabpanel" id={`add-source-${way}`} aria-labelledby={`add-source-tab-${way}`} className="tab-panel">
          {way === 'paste' && (
            <PasteSourceForm
              onAdd={(draft) => run(() => keepPastedSource(createSource(draft, new Date())))}
              onInvalid={setError}
            />
          )}
          {way === 'file' && (
            <div className="import-file">
              <p>Import a .txt, .md, .html, .docx or .pdf file. Its text is copied into the project.</p>
              <button
                type="button"
                className="primary"
                disabled={busy}
                onClick={() => importWith(() => factdesk.importSourceFile(session()))}
              >
                Choose file…
              </button>
            </div>
          )}
          {way === 'url' && <UrlForm busy={busy} onFetch={(url) => fetchPage(url, [])} />}
        </div>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <div className="modal-actions">
          <span className="spacer" />
          <button type="button" onClick={close}>
            Cancel
          </button>
          {way === 'paste' && (
            <button type="submit" form="paste-source-form" className="primary">
              Add
            </button>
          )}
        </div>
      </Modal>
      {ownNetwork && (
        <OwnNetworkDialog
          message={ownNetwork.message}
          onClose={() => setOwnNetwork(null)}
          onFetch={() => {
            setOwnNetwork(null);
            void fetchPage(ownNetwork.url, [...ownNetwork.confirmed, ownNetwork.address]);
          }}
        />
      )}
    </>
  );
}

function UrlForm({ busy, onFetch }: { busy: boolean; onFetch: (url: string) => void }) {
  const [url, setUrl] = useState('');
  return (
    <form
      className="source-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (url.trim()) onFetch(url.trim());
      }}
    >
      <label>
        <span>Web address</span>
        <input
          type="url"
          placeholder="https://"
          value={url}
          onChange={(event) => setUrl(event.target.value)}
          data-autofocus
        />
      </label>
      <p className="hint">
        Factdesk fetches the page once and keeps a copy of its text, so your evidence stays put if the page changes.
      </p>
      <button type="submit" className="primary" disabled={busy || !url.trim()}>
        {busy ? 'Fetching…' : 'Fetch page'}
      </button>
    </form>
  );
}
