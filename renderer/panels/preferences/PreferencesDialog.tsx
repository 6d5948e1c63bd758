import { useState } from 'react';
import { ROLE_LABELS, type Identity, type Role } from '../../../shared/settings/identity';
import { FONT_SIZES, THEMES, type Preferences, type Theme } from '../../../shared/settings/preferences';
import { factdesk } from '../../factdesk';
import { changePreferences } from '../../state/preferences-actions';
import { recordRoleChange } from '../../project/review-actions';
import { useStore } from '../../state/store';
import { showNotice } from '../../state/notices-store';
import { IdentityFields } from '../dialogs/IdentityFields';
import { Modal, ModalSubmit } from '../widgets/Modal';
import { ChoiceField } from './ChoiceField';
import { SavingFields } from './SavingFields';
import { TagColourFields } from './TagColourFields';
import { VerdictLabelFields } from './VerdictLabelFields';
import { identityStore } from '../../state/identity-store';
import { identityDialogStore } from '../../state/identity-dialog-store';
import { preferencesStore } from '../../state/preferences-store';

const THEME_LABELS: Record<Theme, string> = { system: 'Same as the system', light: 'Light', dark: 'Dark' };

const close = () => identityDialogStore.set(null);

/** Preferences: everything but name and role applies at once; name and role are saved with Done. */
export function PreferencesDialog() {
  const open = useStore(identityDialogStore, (dialog) => dialog === 'preferences');
  const identity = useStore(identityStore, (value) => value);
  const preferences = useStore(preferencesStore, (value) => value);
  return open ? <PreferencesForm identity={identity} preferences={preferences} /> : null;
}

function PreferencesForm({ identity, preferences }: { identity: Identity | null; preferences: Preferences }) {
  const [name, setName] = useState(identity?.name ?? '');
  const [role, setRole] = useState<Role>(identity?.role ?? 'checker');
  const done = async () => {
    if (name.trim() && (name.trim() !== identity?.name || role !== identity?.role)) {
      const saved = await factdesk.setIdentity({ name: name.trim(), role });
      identityStore.set(saved);
      recordRoleChange(identity, saved);
      showNotice('success', `You are ${saved.name} (${ROLE_LABELS[saved.role]}).`);
    }
    close();
  };
  return (
    <Modal title="Preferences" className="preferences" onEscape={close} onSubmit={() => void done()}>
      <div className="preferences-body">
        <IdentityFields name={name} role={role} onName={setName} onRole={setRole} />
        <div className="form-grid">
          <ChoiceField
            label="Theme"
            value={preferences.theme}
            choices={THEMES}
            textOf={(theme) => THEME_LABELS[theme]}
            onChoose={(theme) => void changePreferences({ theme })}
          />
          <ChoiceField
            label="Editor font size"
            value={preferences.editorFontSize}
            choices={FONT_SIZES}
            textOf={(size) => `${size} px`}
            onChoose={(editorFontSize) => void changePreferences({ editorFontSize })}
          />
        </div>
        <label className="form-field">
          <span>Organisation name (the author of exported ClaimReviews)</span>
          <input
            value={preferences.organisationName}
            maxLength={200}
            onChange={(event) => void changePreferences({ organisationName: event.target.value })}
          />
        </label>
        <label className="form-field">
          <span>Organisation website</span>
          <input
            type="url"
            value={preferences.organisationUrl}
            maxLength={500}
            placeholder="https://"
            onChange={(event) => void changePreferences({ organisationUrl: event.target.value })}
          />
        </label>
        <SavingFields preferences={preferences} />
        <VerdictLabelFields labels={preferences.verdictLabels} />
        <TagColourFields colours={preferences.tagColours} />
      </div>
      <ModalSubmit label="Done" disabled={!name.trim()} />
    </Modal>
  );
}
