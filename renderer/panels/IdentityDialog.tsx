import { useEffect, useRef, useState } from 'react';
import { ROLES, ROLE_LABELS, type Role } from '../../shared/identity';
import { factdesk } from '../factdesk';
import { useStore } from '../state/store';
import { showNotice, uiStore } from '../state/ui-store';

/** First run: who are you? Later (Preferences): change name or role. */
export function IdentityDialog() {
  const mode = useStore(uiStore, (ui) => ui.identityDialog);
  const identity = useStore(uiStore, (ui) => ui.identity);
  const [name, setName] = useState(identity?.name ?? '');
  const [role, setRole] = useState<Role>(identity?.role ?? 'checker');
  const nameField = useRef<HTMLInputElement>(null);
  useEffect(() => {
    setName(identity?.name ?? '');
    setRole(identity?.role ?? 'checker');
    nameField.current?.focus();
  }, [mode, identity]);
  if (!mode) return null;
  const close = () => uiStore.update((ui) => ({ ...ui, identityDialog: null }));
  const save = async () => {
    const saved = await factdesk.setIdentity({ name: name.trim(), role });
    uiStore.update((ui) => ({ ...ui, identity: saved, identityDialog: null }));
    if (mode === 'preferences') showNotice('success', `You are ${saved.name} (${ROLE_LABELS[saved.role]}).`);
  };
  const title = mode === 'first-run' ? 'Welcome to Factdesk' : 'Preferences';
  return (
    <div className="modal-backdrop">
      <form
        className="modal"
        role="dialog"
        aria-modal="true"
        aria-label={title}
        onSubmit={(event) => {
          event.preventDefault();
          if (name.trim()) void save();
        }}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && mode === 'preferences') close();
        }}
      >
        <h2>{title}</h2>
        {mode === 'first-run' && <p>Your name is recorded on every claim you mark, rate or review, so the desk knows who did what.</p>}
        <label className="form-field">
          <span>Display name</span>
          <input ref={nameField} value={name} maxLength={100} onChange={(event) => setName(event.target.value)} required />
        </label>
        <fieldset className="form-field">
          <legend>Role</legend>
          {ROLES.map((option) => (
            <label key={option} className="radio">
              <input type="radio" name="role" value={option} checked={role === option} onChange={() => setRole(option)} />
              {ROLE_LABELS[option]}
            </label>
          ))}
        </fieldset>
        <div className="modal-actions">
          <span className="spacer" />
          {mode === 'preferences' && (
            <button type="button" onClick={close}>
              Cancel
            </button>
          )}
          <button type="submit" className="primary" disabled={!name.trim()}>
            {mode === 'first-run' ? 'Continue' : 'Save'}
          </button>
        </div>
      </form>
    </div>
  );
}
