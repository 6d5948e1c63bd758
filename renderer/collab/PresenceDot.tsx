import { useStore } from '../state/store';
import { presenceStore } from './presence';

/**
 * On a claim's row: someone else has this claim's card open — a dot in their
 * colour and their first name; its accessible name says it in full ("Open by
 * Ana Ortiz").
 */
export function PresenceDot({ claimId }: { claimId: string }) {
  const label = useStore(presenceStore, (presence) => presence.byClaim.get(claimId)?.label);
  const color = useStore(presenceStore, (presence) => presence.byClaim.get(claimId)?.color);
  const names = useStore(presenceStore, (presence) => presence.byClaim.get(claimId)?.names);
  if (!label) return null;
  return (
    <span className="presence-open-by" role="img" aria-label={label} title={label} style={{ color }}>
      <span className="presence-dot" style={{ backgroundColor: color }} />
      {names}
    </span>
  );
}
