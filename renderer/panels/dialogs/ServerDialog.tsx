import { useState, type ReactNode } from 'react';
import { closeShareDialog } from '../../collab/share-dialog-store';
import { Modal, ModalFooter } from '../widgets/Modal';

/** A labelled text field of the sharing dialogs. */
export function ShareField({
  label,
  value,
  onChange,
  secret,
  placeholder,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  secret?: boolean;
  placeholder?: string;
}) {
  return (
    <label className="form-field">
      <span>{label}</span>
      <input
        type={secret ? 'password' : 'text'}
        value={value}
        maxLength={4096}
        spellCheck={false}
        autoComplete="off"
        placeholder={placeholder}
        onChange={(event) => onChange(event.target.value)}
      />
    </label>
  );
}

/**
 * The frame of the sharing dialogs: any fields of their own, then the
 * server's address and the access token; submitting asks the server
 * (`ask` answers a problem, or null when done), busy meanwhile, and the
 * problem is read out where it appears.
 */
export function ServerDialog({
  title,
  description,
  submitLabel,
  busyText,
  filled,
  ask,
  children,
}: {
  title: string;
  description: string;
  submitLabel: string;
  busyText: string;
  filled?: { server: string; token: string };
  ask: (server: string, token: string) => Promise<string | null>;
  children?: ReactNode;
}) {
  const [server, setServer] = useState(filled?.server ?? '');
  const [token, setToken] = useState(filled?.token ?? '');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const submit = async () => {
    if (busy) return;
    setBusy(true);
    const failed = await ask(server, token).catch((error: unknown) => `It did not work: ${String(error)}`);
    setBusy(false);
    if (failed) setProblem(failed);
    else closeShareDialog();
  };
  return (
    <Modal title={title} description={description} onEscape={closeShareDialog} onSubmit={() => void submit()}>
      {children}
      <ShareField
        label="Server address"
        value={server}
        onChange={setServer}
        placeholder="wss://collab.newsroom.example"
      />
      <ShareField label="Access token" value={token} onChange={setToken} secret />
      {busy ? (
        <p role="status">{busyText}</p>
      ) : (
        problem && (
          <p role="alert" className="form-error">
            {problem}
          </p>
        )
      )}
      <ModalFooter onDismiss={closeShareDialog}>
        <button type="submit" className="primary" disabled={busy}>
          {submitLabel}
        </button>
      </ModalFooter>
    </Modal>
  );
}
