import { Store, useStore } from '../state/store';

/**
 * Whether the bound editor is still waiting for its article (the document's
 * state asked of main, or of a server). Meanwhile the text is not shown and
 * cannot take the caret: a keystroke typed into the empty editor would be
 * overwritten, or tangled into the article, when it arrives.
 */
const arriving = new Store(false);

export function setArticleArriving(value: boolean): void {
  arriving.set(value);
}

export function useArticleArriving(): boolean {
  return useStore(arriving, (value) => value);
}
