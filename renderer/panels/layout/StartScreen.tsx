import { commands } from '../../commands/command-registry';
import { importArticle } from '../../project/article-import';
import { newProject, openDemoProject, openProject, openRecentProject } from '../../project/file-actions';
import { useStore } from '../../state/store';
import { useShortcutText } from '../../commands/use-shortcut-text';
import { recentProjectsStore } from '../../state/recent-projects-store';
import { openSharedProjectDialog } from '../../collab/share-dialog-store';
import { RecentShared } from './RecentShared';

export function StartScreen() {
  const recent = useStore(recentProjectsStore, (value) => value);
  const { key } = useShortcutText();
  return (
    <main className="start-screen" aria-labelledby="start-title">
      <div className="start-card">
        <header className="start-header">
          <div className="brand-mark" aria-hidden="true">
            F
          </div>
          <div>
            <h1 id="start-title">Factdesk</h1>
            <p className="tagline">Check every claim. Keep every source.</p>
          </div>
        </header>
        <div className="start-actions">
          <button type="button" className="start-action primary" onClick={() => void newProject()}>
            <span>New project</span>
            <kbd>{key('Mod+N')}</kbd>
          </button>
          <button type="button" className="start-action" onClick={() => void openProject()}>
            <span>Open project…</span>
            <kbd>{key('Mod+O')}</kbd>
          </button>
          <button type="button" className="start-action" onClick={() => void importArticle()}>
            <span>Import article…</span>
            <small>.txt, .md, .html or .docx</small>
          </button>
          <button type="button" className="start-action" onClick={() => void openDemoProject()}>
            <span>Open demo project</span>
            <small>A sample article with claims and sources</small>
          </button>
          <button type="button" className="start-action" onClick={() => openSharedProjectDialog()}>
            <span>Open shared project…</span>
            <small>From a collaboration server</small>
          </button>
        </div>
        <p className="start-help">
          New to Factdesk?{' '}
          <button type="button" className="link-button" onClick={() => commands.run('help.guide')}>
            Read the getting-started guide
          </button>{' '}
          or press <kbd>{key('Mod+Shift+P')}</kbd> for every command.
        </p>
        <section className="recent" aria-labelledby="recent-title">
          <h2 id="recent-title">Recent projects</h2>
          {recent.length === 0 ? (
            <p className="empty-hint">Projects you open or save appear here.</p>
          ) : (
            <ul aria-labelledby="recent-title">
              {recent.map((item) => (
                <li key={item.path}>
                  <button
                    type="button"
                    className="recent-item"
                    onClick={() => void openRecentProject(item.path)}
                    title={item.path}
                  >
                    <span className="recent-name">{item.name}</span>
                    <span className="recent-path">{item.path}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>
        <RecentShared />
      </div>
    </main>
  );
}
