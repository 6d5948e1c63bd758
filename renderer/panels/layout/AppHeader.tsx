import { commands } from '../../commands/command-registry';
import { useOpenDocument } from '../../project/document-store';
import { saveStateLabel } from '../../project/save-state';
import { useStore } from '../../state/store';
import { claimsViewStore } from '../../project/claims-view-store';
import { signOffBlockers } from '../../../shared/review/sign-off-gate';
import { SignOffStatus } from '../review/SignOffStatus';
import { useShortcutText } from '../../commands/use-shortcut-text';
import { identityStore } from '../../state/identity-store';
import { sidePanelStore } from '../../state/side-panel-store';

export function AppHeader() {
  const name = useOpenDocument((doc) => doc?.name ?? '');
  const dirty = useOpenDocument((doc) => doc?.dirty ?? false);
  const path = useOpenDocument((doc) => doc?.path ?? null);
  const reviewMode = useStore(sidePanelStore, (panel) => panel.reviewMode);
  const isEditor = useStore(identityStore, (identity) => identity?.role === 'editor');
  const blocking = useStore(claimsViewStore, (view) => signOffBlockers(Object.values(view.claims)).length);
  const { tip } = useShortcutText();
  return (
    <header className="app-header">
      <div className="brand-mark small" aria-hidden="true">
        F
      </div>
      <div className="project-title">
        <span className="project-name">{name}</span>
        <span className={`save-state ${dirty ? 'is-dirty' : ''}`}>{saveStateLabel(dirty, path)}</span>
      </div>
      <SignOffStatus />
      <nav className="toolbar header-actions" aria-label="Project">
        <button
          type="button"
          aria-pressed={reviewMode}
          title={tip('Review mode', 'Mod+Shift+R')}
          onClick={() => commands.run('view.reviewMode')}
        >
          Review mode
        </button>
        {reviewMode && isEditor && (
          <button
            type="button"
            className={blocking > 0 ? 'sign-off-blocked' : undefined}
            title={
              blocking > 0
                ? 'Every claim must be rated and approved, or held back as Not for publication with a reason: click to see which claims block sign-off'
                : 'Sign off every claim in the project'
            }
            onClick={() => commands.run('review.signOff')}
          >
            {blocking > 0
              ? `Sign off — ${blocking} ${blocking === 1 ? 'claim blocks' : 'claims block'} it`
              : 'Sign off'}
          </button>
        )}
        <span className="toolbar-sep" aria-hidden="true" />
        <button type="button" title={tip('New project', 'Mod+N')} onClick={() => commands.run('file.new')}>
          New
        </button>
        <button type="button" title={tip('Open project', 'Mod+O')} onClick={() => commands.run('file.open')}>
          Open…
        </button>
        <button type="button" title={tip('Export report', 'Mod+E')} onClick={() => commands.run('file.exportReport')}>
          Export…
        </button>
        <button
          type="button"
          className="primary"
          title={tip('Save', 'Mod+S')}
          onClick={() => commands.run('file.save')}
        >
          Save
        </button>
        <button type="button" title={tip('Close project', 'Mod+W')} onClick={() => commands.run('file.close')}>
          Close
        </button>
        <button
          type="button"
          title={tip('Command palette', 'Mod+Shift+P')}
          onClick={() => commands.run('app.commandPalette')}
        >
          Commands
        </button>
        <button type="button" aria-label="Help" title="Getting started (F1)" onClick={() => commands.run('help.guide')}>
          ?
        </button>
      </nav>
    </header>
  );
}
