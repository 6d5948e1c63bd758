import { Store } from './store';

export type Overlay = 'palette' | 'shortcuts' | 'guide' | 'about';

/** A modal overlay: the command palette, the shortcuts list, the guide or About. */
export const overlayStore = new Store<Overlay | null>(null);

/** Opens `overlay`, or closes it when it is already open. */
export function toggleOverlay(overlay: Overlay): void {
  overlayStore.update((open) => (open === overlay ? null : overlay));
}

export function closeOverlay(): void {
  overlayStore.set(null);
}
