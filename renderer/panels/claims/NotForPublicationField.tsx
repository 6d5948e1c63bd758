import { useState } from 'react';
import type { Claim } from '../../../shared/project/schema';
import { holdFromPublication } from '../../project/review-actions';
import { useStore } from '../../state/store';
import { CommittedInput } from './CommittedInput';
import { identityStore } from '../../state/identity-store';

/**
 * An editor's decision that this claim's verdict is not to be published, with
 * the reason (required for sign-off). Checkers see the decision, not the control.
 */
export function NotForPublicationField({ claim }: { claim: Claim }) {
  const isEditor = useStore(identityStore, (identity) => identity?.role === 'editor');
  const [asking, setAsking] = useState(false);
  const held = claim.notForPublication;
  if (!isEditor) {
    return held ? (
      <p className="publication-hold" role="note">
        Not for publication{held.reason ? `: ${held.reason}` : ''}
        {held.by ? ` (${held.by})` : ''}
      </p>
    ) : null;
  }
  return (
    <div className="card-toggle">
      <label>
        <input
          type="checkbox"
          checked={held !== null || asking}
          onChange={(event) => {
            setAsking(event.target.checked);
            if (!event.target.checked && held) holdFromPublication(claim, null);
          }}
        />
        Not for publication
      </label>
      {(held !== null || asking) && (
        <CommittedInput
          label="Why not for publication"
          placeholder="Required to sign off"
          value={held?.reason ?? ''}
          onCommit={(reason) => {
            if (reason.trim()) holdFromPublication(claim, reason.trim());
          }}
        />
      )}
    </div>
  );
}
