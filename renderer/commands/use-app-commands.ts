import { useEffect } from 'react';
import { factdesk } from '../factdesk';
import { showNotice } from '../state/notices-store';
import { commands } from './command-registry';
import { identityDialogStore } from '../state/identity-dialog-store';
import { toggleOverlay, type Overlay } from '../state/overlay-store';
import { zoomStore } from '../state/zoom-store';

const ZOOM_STEPS = [0.67, 0.8, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2];

function zoomBy(direction: 1 | -1): void {
  const zoom = zoomStore.get();
  const index = ZOOM_STEPS.findIndex((step) => step >= zoom - 0.001);
  const next = ZOOM_STEPS[Math.min(ZOOM_STEPS.length - 1, Math.max(0, index + direction))];
  setZoom(next);
}

function setZoom(zoom: number): void {
  zoomStore.set(zoom);
  document.documentElement.style.setProperty('zoom', String(zoom));
}

const showOverlay = (overlay: Overlay) => () => toggleOverlay(overlay);

/** Help → Open Crash Log: main's log of crashes, in the system's text viewer. */
async function openCrashLog(): Promise<void> {
  const result = await factdesk.openCrashLog();
  if (!result.ok) showNotice('error', result.message);
}

/** Commands that work with or without a project: palette, help, zoom, preferences. */
export function useAppCommands(): void {
  useEffect(() => {
    const unbind = [
      commands.bind('app.commandPalette', showOverlay('palette')),
      commands.bind('help.shortcuts', showOverlay('shortcuts')),
      commands.bind('help.guide', showOverlay('guide')),
      commands.bind('help.crashLog', () => void openCrashLog()),
      commands.bind('help.about', showOverlay('about')),
      commands.bind('view.zoomIn', () => zoomBy(1)),
      commands.bind('view.zoomOut', () => zoomBy(-1)),
      commands.bind('view.zoomReset', () => setZoom(1)),
      commands.bind('app.preferences', () => identityDialogStore.update((dialog) => dialog ?? 'preferences')),
    ];
    return () => unbind.forEach((fn) => fn());
  }, []);
}
