import { Store } from './store';

/** Long work in progress (a large paste, an import): shown as a progress bar, with a Cancel button when it can be stopped. */
export interface Progress {
  label: string;
  percent: number;
  cancel?: () => void;
}

export const progressStore = new Store<Progress | null>(null);
