import { factdesk } from '../factdesk';
import { showNotice } from '../state/notices-store';
import { panelLayoutStore } from '../state/panel-layout-store';
import { changePreferences } from '../state/preferences-actions';
import { documentStore } from './document-store';

/** Keep the widths for the open project's file (after Save As too: the new file takes them). */
export async function keepProjectLayout(): Promise<void> {
  if (!documentStore.get()?.path) return;
  try {
    await factdesk.saveProjectLayout(panelLayoutStore.get());
  } catch (error) {
    showNotice(
      'error',
      `The panel widths could not be kept for this project: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

/** A resize ended: the widths are kept for the project, and the side panel's is the default for projects opened next. */
export async function keepPanelLayout(): Promise<void> {
  await changePreferences({ sidePanelWidth: panelLayoutStore.get().sidePanelWidth });
  await keepProjectLayout();
}
