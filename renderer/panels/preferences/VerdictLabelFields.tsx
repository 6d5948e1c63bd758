import type { Preferences } from '../../../shared/settings/preferences';
import { VERDICT_LABEL_MAX } from '../../../shared/claims/verdict-labels';
import { VERDICTS, VERDICT_INFO, type Verdict } from '../../../shared/claims/verdicts';
import { changePreferences } from '../../state/preferences-actions';

/** Your own names for the verdicts, used on screen and in exported reports; empty keeps the default. */
export function VerdictLabelFields({ labels }: { labels: Preferences['verdictLabels'] }) {
  const rename = (verdict: Verdict, label: string) => {
    const { [verdict]: _previous, ...others } = labels;
    void changePreferences({ verdictLabels: label ? { ...others, [verdict]: label } : others });
  };
  return (
    <fieldset className="form-field preferences-section">
      <legend>Verdict labels</legend>
      <p className="hint">Shown on claims and in exported reports. Leave a field empty for the default.</p>
      <div className="form-grid">
        {VERDICTS.map((verdict) => (
          <label key={verdict} className="form-field">
            <span>{`Label for “${VERDICT_INFO[verdict].label}”`}</span>
            <input
              value={labels[verdict] ?? ''}
              maxLength={VERDICT_LABEL_MAX}
              placeholder={VERDICT_INFO[verdict].label}
              onChange={(event) => rename(verdict, event.target.value)}
            />
          </label>
        ))}
      </div>
    </fieldset>
  );
}
