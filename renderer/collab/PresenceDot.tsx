import { useStore } from '../state/store';
import { presenceStore } from './presence';

/** On a claim's row: someone else has this claim's card open ("Open by Ana Ortiz"), in their colour. */
export function PresenceDot({ claimId }: { claimId: string }) {
  const label = useStore(presenceStore, (presence) => presence.byClaim.get(claimId)?.label);
  const color = useStore(presenceStore, (presence) => presence.byClaim.get(claimId)?.color);
  if (!label) return null;
  return (
    <span className="presence-dot" role="img" aria-label={label} title={label} style={{ backgroundColor: color }} />
  );
}
