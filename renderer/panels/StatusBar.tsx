import { documentStore } from '../state/document-store';
import { useStore } from '../state/store';

export function StatusBar() {
  const claims = useStore(documentStore, (doc) => doc!.project.claims.length);
  const sources = useStore(documentStore, (doc) => doc!.project.sources.length);
  const path = useStore(documentStore, (doc) => doc!.path);
  return (
    <footer className="status-bar">
      <span>
        {claims} {claims === 1 ? 'claim' : 'claims'} · {sources} {sources === 1 ? 'source' : 'sources'}
      </span>
      <span className="status-path" title={path ?? undefined}>
        {path ?? 'Not saved yet'}
      </span>
    </footer>
  );
}
