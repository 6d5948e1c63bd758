import { useEffect, useRef, useState } from 'react';
import { ROLE_LABELS, type Role } from '../../shared/identity';
import { FONT_SIZES, THEMES, type Theme } from '../../shared/preferences';
import { factdesk } from '../factdesk';
import { changePreferences } from '../state/preferences-actions';
import { useStore } from '../state/store';
import { showNotice, uiStore } from '../state/ui-store';
import { IdentityFields } from './IdentityFields';

const THEME_LABELS: Record<Theme, string> = { system: 'Same as the system', light: 'Light', dark: 'Dark' };

/** Preferences: appearance applies at once; name and role are saved with Done. */
export function PreferencesDialog() {
  const open = useStore(uiStore, (ui) => ui.identityDialog === 'preferences');
  const identity = useStore(uiStore, (ui) => ui.identity);
  const preferences = useStore(uiStore, (ui) => ui.preferences);
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('checker');
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (!open) return;
    setName(identity?.name ?? '');
    setRole(identity?.role ?? 'checker');
    first.current?.focus();
  }, [open, identity]);
  if (!open) return null;
  const close = () => uiStore.update((ui) => ({ ...ui, identityDialog: null }));
  const done = async () => {
    if (name.trim() && (name.trim() !== identity?.name || role !== identity?.role)) {
      const saved = await factdesk.setIdentity({ name: name.trim(), role });
      uiStore.update((ui) => ({ ...ui, identity: saved }));
      showNotice('success', `You are ${saved.name} (${ROLE_LABELS[saved.role]}).`);
    }
    close();
  };
  return (
    <div className="modal-backdrop">
      <form
        className="modal preferences"
        role="dialog"
        aria-modal="true"
        aria-label="Preferences"
        onSubmit={(event) => {
          event.preventDefault();
          void done();
        }}
        onKeyDown={(event) => event.key === 'Escape' && close()}
      >
        <h2>Preferences</h2>
        <IdentityFields name={name} role={role} onName={setName} onRole={setRole} nameRef={first} />
        <div className="form-grid">
          <label className="form-field">
            <span>Theme</span>
            <select value={preferences.theme} onChange={(event) => void changePreferences({ theme: event.target.value as Theme })}>
              {THEMES.map((theme) => (
                <option key={theme} value={theme}>
                  {THEME_LABELS[theme]}
                </option>
              ))}
            </select>
          </label>
          <label className="form-field">
            <span>Editor font size</span>
            <select value={preferences.editorFontSize} onChange={(event) => void changePreferences({ editorFontSize: Number(event.target.value) })}>
              {FONT_SIZES.map((size) => (
                <option key={size} value={size}>
                  {size} px
                </option>
              ))}
            </select>
          </label>
        </div>
        <label className="form-field">
          <span>Organisation name (the author of exported ClaimReviews)</span>
          <input value={preferences.organisationName} maxLength={200} onChange={(event) => void changePreferences({ organisationName: event.target.value })} />
        </label>
        <label className="form-field">
          <span>Organisation website</span>
          <input type="url" value={preferences.organisationUrl} maxLength={500} placeholder="https://" onChange={(event) => void changePreferences({ organisationUrl: event.target.value })} />
        </label>
        <div className="modal-actions">
          <span className="spacer" />
          <button type="submit" className="primary" disabled={!name.trim()}>
            Done
          </button>
        </div>
      </form>
    </div>
  );
}
