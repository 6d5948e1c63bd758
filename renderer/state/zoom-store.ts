import { Store } from './store';

/** The window's zoom factor (View → Zoom In/Out). */
export const zoomStore = new Store<number>(1);
