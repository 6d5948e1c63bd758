import { useEffect } from 'react';
import { openRecentShared, recentSharedStore, refreshRecentShared } from '../../collab/share-actions';
import { useStore } from '../../state/store';

/** Shared projects among the recent ones: each opens from its server (with the token kept for it). */
export function RecentShared() {
  const shared = useStore(recentSharedStore, (value) => value);
  useEffect(() => void refreshRecentShared().catch(() => undefined), []);
  if (shared.length === 0) return null;
  return (
    <section className="recent" aria-labelledby="recent-shared-title">
      <h2 id="recent-shared-title">Shared projects</h2>
      <ul aria-labelledby="recent-shared-title">
        {shared.map((item) => (
          <li key={`${item.serverUrl} ${item.documentId}`}>
            <button
              type="button"
              className="recent-item"
              onClick={() => void openRecentShared(item)}
              title={`${item.documentId} on ${item.serverUrl}`}
            >
              <span className="recent-name">{item.name}</span>
              <span className="recent-path">Shared on {item.serverUrl}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
