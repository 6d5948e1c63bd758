import { useMemo } from 'react';
import { PresenceList } from '../../collab/PresenceList';
import { claimCounts, claimCountsText } from '../../../shared/review/claim-counts';
import { claimsViewStore } from '../../project/claims-view-store';
import { useOpenDocument } from '../../project/document-store';
import { useStore } from '../../state/store';
import { saveStateLabel } from '../../project/save-state';
import { CollabStatus } from '../../collab/CollabStatus';

/** What the claims add up to ("11 claims: 4 approved, 7 not reviewed (2 unrated)"), sources, and whether everything is saved. */
export function StatusBar() {
  const claims = useStore(claimsViewStore, (view) => view.claims);
  const sources = useOpenDocument((doc) => doc!.project.sources.length);
  const path = useOpenDocument((doc) => doc!.path);
  const dirty = useOpenDocument((doc) => doc!.dirty);
  const counts = useMemo(() => claimCountsText(claimCounts(Object.values(claims))), [claims]);
  return (
    <footer className="status-bar" aria-label="Status">
      <span>
        {counts} · {sources} {sources === 1 ? 'source' : 'sources'}
      </span>
      <PresenceList />
      <span className="status-path" title={path ?? undefined}>
        {saveStateLabel(dirty, path)}
        {path ? ` — ${path}` : ''}
      </span>
      <CollabStatus />
    </footer>
  );
}
