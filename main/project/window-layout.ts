import type { PanelLayout } from '../../shared/settings/panel-layout';
import { layoutFor, projectLayoutsFrom, withLayout, type ProjectLayout } from '../services/settings/project-layouts';
import type { SettingsStore, WindowBounds } from '../services/settings/settings-store';

/** The app window, as far as layout goes (a BrowserWindow in the app; absent in the harness). */
export interface WindowControl {
  /** Size and position, not maximised or full-screen. */
  bounds(): WindowBounds;
  /** Move and resize (the app keeps the size only when the position is off every screen). */
  place(bounds: WindowBounds): void;
}

interface LayoutDeps {
  settings: SettingsStore;
  window?: WindowControl;
  /** The project file open in the window now, if any. */
  openFilePath: () => string | null;
}

/** Window size/position and panel widths remembered per project file. */
export function createLayoutHandlers(deps: LayoutDeps) {
  const read = () => projectLayoutsFrom(deps.settings.get('projectLayouts'));
  /** A layout that could not be written (a full disk) is only forgotten: it never stops an open, a save or a close. */
  const change = (path: string, update: Partial<Omit<ProjectLayout, 'path'>>) => {
    try {
      deps.settings.set('projectLayouts', withLayout(read(), path, update));
    } catch {
      // Kept in memory by the store; written with the next change that fits.
    }
  };

  /** Note where the window is for the project open now (before another opens, and when the window closes). */
  const rememberWindow = () => {
    const path = deps.openFilePath();
    if (path && deps.window) change(path, { window: deps.window.bounds() });
  };

  return {
    rememberWindow,
    /** A project file has opened (the one before it closed, which noted its window): put the window where it was for this file; its panel widths go to the renderer. */
    layoutOnOpen(path: string): PanelLayout | null {
      const stored = layoutFor(read(), path);
      if (stored?.window) deps.window?.place(stored.window);
      return stored?.panels ?? null;
    },
    async saveProjectLayout(panels: PanelLayout): Promise<void> {
      const path = deps.openFilePath();
      if (path) change(path, { panels });
    },
  };
}
