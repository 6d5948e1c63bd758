import { useState } from 'react';
import type { SourceSummary } from '../../../shared/project/schema';
import { updateSourceMeta, type SourceMeta } from '../../project/source-actions';
import { Modal } from '../widgets/Modal';

const FIELDS: { key: keyof SourceMeta; label: string; type?: string }[] = [
  { key: 'title', label: 'Title' },
  { key: 'outlet', label: 'Outlet' },
  { key: 'author', label: 'Author' },
  { key: 'url', label: 'URL', type: 'url' },
  { key: 'publishedDate', label: 'Published', type: 'date' },
  { key: 'accessedAt', label: 'Date accessed', type: 'date' },
];

/** Edit a source's details; its text stays frozen. */
export function SourceMetaDialog({ source, onClose }: { source: SourceSummary; onClose: () => void }) {
  const [meta, setMeta] = useState<SourceMeta>({
    title: source.title,
    outlet: source.outlet,
    author: source.author,
    url: source.url,
    publishedDate: source.publishedDate,
    accessedAt: source.accessedAt.slice(0, 10),
  });
  return (
    <Modal title="Source details" onEscape={onClose}>
      <form
        className="source-form"
        onSubmit={(event) => {
          event.preventDefault();
          // The date field shows the day only: keep the full time stamp unless the day was changed.
          const accessedAt = meta.accessedAt === source.accessedAt.slice(0, 10) ? source.accessedAt : meta.accessedAt;
          updateSourceMeta(source.id, { ...meta, accessedAt });
          onClose();
        }}
      >
        {FIELDS.map((field) => (
          <label key={field.key}>
            <span>{field.label}</span>
            <input
              type={field.type ?? 'text'}
              value={meta[field.key]}
              onChange={(event) => setMeta({ ...meta, [field.key]: event.target.value })}
            />
          </label>
        ))}
        {source.fileName && <p className="hint">Imported from {source.fileName}</p>}
        <div className="modal-actions">
          <span className="spacer" />
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary">
            Save details
          </button>
        </div>
      </form>
    </Modal>
  );
}
