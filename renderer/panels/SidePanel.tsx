import { useState } from 'react';
import { ClaimsPanel } from './ClaimsPanel';
import { SourcesPanel } from './sources/SourcesPanel';

const TABS = [
  { id: 'claims', label: 'Claims' },
  { id: 'sources', label: 'Sources' },
] as const;

/** The side column: Claims or Sources, switched by tabs. */
export function SidePanel() {
  const [tab, setTab] = useState<(typeof TABS)[number]['id']>('claims');
  return (
    <div className="side-column">
      <div className="tabs side-tabs" role="tablist" aria-label="Side panel">
        {TABS.map((option) => (
          <button key={option.id} type="button" role="tab" id={`side-tab-${option.id}`} aria-selected={tab === option.id} aria-controls="side-tab-panel" onClick={() => setTab(option.id)}>
            {option.label}
          </button>
        ))}
      </div>
      <div className="side-tab-panel" id="side-tab-panel" role="tabpanel" aria-labelledby={`side-tab-${tab}`}>
        {tab === 'claims' ? <ClaimsPanel /> : <SourcesPanel />}
      </div>
    </div>
  );
}
