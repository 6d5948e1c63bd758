import { useEffect, useRef, useState } from 'react';
import type { Role } from '../../shared/identity';
import { factdesk } from '../factdesk';
import { useStore } from '../state/store';
import { uiStore } from '../state/ui-store';
import { IdentityFields } from './IdentityFields';

/** First run: who are you? (Preferences change it later.) */
export function IdentityDialog() {
  const open = useStore(uiStore, (ui) => ui.identityDialog === 'first-run');
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('checker');
  const nameField = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (open) nameField.current?.focus();
  }, [open]);
  if (!open) return null;
  const save = async () => {
    const saved = await factdesk.setIdentity({ name: name.trim(), role });
    uiStore.update((ui) => ({ ...ui, identity: saved, identityDialog: null }));
  };
  return (
    <div className="modal-backdrop">
      <form
        className="modal"
        role="dialog"
        aria-modal="true"
        aria-label="Welcome to Factdesk"
        onSubmit={(event) => {
          event.preventDefault();
          if (name.trim()) void save();
        }}
      >
        <h2>Welcome to Factdesk</h2>
        <p>Your name is recorded on every claim you mark, rate or review, so the desk knows who did what.</p>
        <IdentityFields name={name} role={role} onName={setName} onRole={setRole} nameRef={nameField} />
        <div className="modal-actions">
          <span className="spacer" />
          <button type="submit" className="primary" disabled={!name.trim()}>
            Continue
          </button>
        </div>
      </form>
    </div>
  );
}
