import { uiStore, type SideTab } from '../state/ui-store';
import { useStore } from '../state/store';
import { ClaimsPanel } from './ClaimsPanel';
import { ActivityPanel } from './review/ActivityPanel';
import { ReviewQueue } from './review/ReviewQueue';

const TABS: { id: SideTab; label: string }[] = [
  { id: 'claims', label: 'Claims' },
  { id: 'activity', label: 'Activity' },
];

/** The right-hand column: Claims (or the review queue in review mode) and the activity log. */
export function SidePanel() {
  const tab = useStore(uiStore, (ui) => ui.sideTab);
  const reviewMode = useStore(uiStore, (ui) => ui.reviewMode);
  const select = (id: SideTab) => uiStore.update((ui) => ({ ...ui, sideTab: id }));
  return (
    <aside className="side-panel">
      <div className="side-tabs" role="tablist" aria-label="Side panel">
        {TABS.map(({ id, label }) => (
          <button key={id} type="button" role="tab" id={`tab-${id}`} aria-selected={tab === id} aria-controls={`tabpanel-${id}`} onClick={() => select(id)}>
            {id === 'claims' && reviewMode ? 'Review' : label}
          </button>
        ))}
      </div>
      <div className="side-tabpanel" role="tabpanel" id={`tabpanel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {tab === 'activity' ? <ActivityPanel /> : reviewMode ? <ReviewQueue /> : <ClaimsPanel />}
      </div>
    </aside>
  );
}
