import { newId } from '../../../shared/util/ids';
import { appendActivity, setReviewSettings } from '../../project/project-changes';
import { useOpenDocument } from '../../project/document-store';
import { useStore } from '../../state/store';
import { actorName, identityStore } from '../../state/identity-store';

function setTwoPersonRule(on: boolean): void {
  setReviewSettings({ twoPersonRule: on });
  appendActivity([
    {
      id: newId('act'),
      at: new Date().toISOString(),
      actor: actorName(),
      action: 'changed a project setting',
      claimId: null,
      detail: `Two-person rule ${on ? 'on' : 'off'}`,
    },
  ]);
}

/** The project's two-person rule: editors may turn it off (the log says who did), checkers only see it. */
export function TwoPersonRuleSetting() {
  const on = useOpenDocument((doc) => doc?.project.review.twoPersonRule ?? true);
  const isEditor = useStore(identityStore, (identity) => identity?.role === 'editor');
  return (
    <label className="queue-setting" title="Nobody approves a claim whose current verdict they set">
      <input
        type="checkbox"
        checked={on}
        disabled={!isEditor}
        onChange={(event) => setTwoPersonRule(event.target.checked)}
      />
      Two-person rule: nobody approves a verdict they set
    </label>
  );
}
