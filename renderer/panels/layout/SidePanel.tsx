import { useStore } from '../../state/store';
import { type SideTab, sidePanelStore, showSideTab } from '../../state/side-panel-store';
import { ClaimsPanel } from '../claims/ClaimsPanel';
import { ActivityPanel } from '../review/ActivityPanel';
import { ReviewQueue } from '../review/ReviewQueue';
import { SourcesPanel } from '../sources/SourcesPanel';

const TABS: { id: SideTab; label: string }[] = [
  { id: 'claims', label: 'Claims' },
  { id: 'sources', label: 'Sources' },
  { id: 'activity', label: 'Activity' },
];

function TabContent({ tab, reviewMode }: { tab: SideTab; reviewMode: boolean }) {
  if (tab === 'sources') return <SourcesPanel />;
  if (tab === 'activity') return <ActivityPanel />;
  return reviewMode ? <ReviewQueue /> : <ClaimsPanel />;
}

/** The right-hand column: Claims (the review queue in review mode), Sources and the activity log. */
export function SidePanel() {
  const tab = useStore(sidePanelStore, (panel) => panel.tab);
  const reviewMode = useStore(sidePanelStore, (panel) => panel.reviewMode);
  const select = (id: SideTab) => showSideTab(id);
  return (
    <aside className="side-panel">
      <div className="side-tabs" role="tablist" aria-label="Side panel">
        {TABS.map(({ id, label }) => (
          <button
            key={id}
            type="button"
            role="tab"
            id={`tab-${id}`}
            aria-selected={tab === id}
            aria-controls={`tabpanel-${id}`}
            onClick={() => select(id)}
          >
            {id === 'claims' && reviewMode ? 'Review' : label}
          </button>
        ))}
      </div>
      <div className="side-tabpanel" role="tabpanel" id={`tabpanel-${tab}`} aria-labelledby={`tab-${tab}`}>
        <TabContent tab={tab} reviewMode={reviewMode} />
      </div>
    </aside>
  );
}
