import {
  AUTO_SAVE_MINUTES,
  AUTO_SAVE_MODES,
  BACKUP_DELAYS_SECONDS,
  type AutoSaveMode,
} from '../../../shared/settings/save-timing';
import type { Preferences } from '../../../shared/settings/preferences';
import { changePreferences } from '../../state/preferences-actions';
import { ChoiceField } from './ChoiceField';

const BACKUP_LABELS: Record<(typeof BACKUP_DELAYS_SECONDS)[number], string> = {
  1: '1 second after edits stop',
  5: '5 seconds after edits stop',
  30: '30 seconds after edits stop',
  0: 'Never (no crash recovery)',
};

const AUTO_SAVE_LABELS: Record<AutoSaveMode, string> = {
  off: 'Off: save yourself',
  'after-delay': 'After a pause in editing',
  'on-focus-change': 'When Factdesk loses focus',
};

const minutesWithoutEdits = (minutes: number) => `${minutes === 1 ? '1 minute' : `${minutes} minutes`} without edits`;

/** When unsaved work reaches the disk: crash backups, and autosave of a project that has a file. */
export function SavingFields({ preferences }: { preferences: Preferences }) {
  return (
    <fieldset className="form-field preferences-section">
      <legend>Saving</legend>
      <div className="form-grid">
        <ChoiceField
          label="Back up unsaved work"
          value={preferences.backupDelaySeconds}
          choices={BACKUP_DELAYS_SECONDS}
          textOf={(seconds) => BACKUP_LABELS[seconds]}
          onChoose={(backupDelaySeconds) => void changePreferences({ backupDelaySeconds })}
        />
        <ChoiceField
          label="Autosave the project file"
          value={preferences.autoSave}
          choices={AUTO_SAVE_MODES}
          textOf={(mode) => AUTO_SAVE_LABELS[mode]}
          onChoose={(autoSave) => void changePreferences({ autoSave })}
        />
        {preferences.autoSave === 'after-delay' && (
          <ChoiceField
            label="Autosave after"
            value={preferences.autoSaveMinutes}
            choices={AUTO_SAVE_MINUTES}
            textOf={minutesWithoutEdits}
            onChoose={(autoSaveMinutes) => void changePreferences({ autoSaveMinutes })}
          />
        )}
      </div>
      <p className="hint">
        Autosave saves only a project that already has a file, and never over a read-only file or one changed by someone
        else.
      </p>
    </fieldset>
  );
}
