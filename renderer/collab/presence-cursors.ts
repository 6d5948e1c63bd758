import { setLocalStateFocus, syncCursorPositions, type BindingV2, type Provider } from '@lexical/yjs';
import { BLUR_COMMAND, COMMAND_PRIORITY_EDITOR, FOCUS_COMMAND, mergeRegister, type LexicalEditor } from 'lexical';
import { colourFor } from '../../shared/collab/presence';

/**
 * Other people's carets and selections in the article, and this window's
 * published for them: @lexical/yjs's own cursor sync (what its
 * CollaborationPlugin does for the V2 binding, without React). This
 * window's caret goes out with every editor update through the binding
 * (article-binding.ts passes the provider); here the local awareness state
 * is started, focus is tracked, and remote carets are drawn into a layer
 * over the article page (so they scroll with the text). The server replaces
 * the name and colour sent with the token's (main/server/presence-names.ts).
 */
export function attachPresenceCursors(
  editor: LexicalEditor,
  binding: BindingV2,
  provider: Provider,
  myName: string,
): () => void {
  const color = colourFor(myName);
  const root = editor.getRootElement();
  const focused = root !== null && root.ownerDocument.activeElement === root;
  // What @lexical/yjs's initLocalState writes, keeping the fields set before (the open claim).
  provider.awareness.setLocalState({
    ...provider.awareness.getLocalState(),
    anchorPos: null,
    focusPos: null,
    name: myName,
    color,
    focusing: focused,
    awarenessData: {},
  });

  const layer = root?.ownerDocument.createElement('div') ?? null;
  if (layer && root?.parentElement) {
    layer.className = 'presence-cursors';
    layer.setAttribute('aria-hidden', 'true');
    root.parentElement.appendChild(layer);
    binding.cursorsContainer = layer;
  }
  const redraw = () => syncCursorPositions(binding, provider, { selectionHighlight: true });
  provider.awareness.on('update', redraw);
  // Text typed here moves the other carets on the page; so does a window resize. Redrawn once a frame, not per update.
  const view = root?.ownerDocument.defaultView ?? null;
  let frame: number | null = null;
  const redrawSoon = () => {
    if (frame !== null || binding.cursors.size === 0) return;
    frame = (view ?? globalThis).requestAnimationFrame(() => {
      frame = null;
      redraw();
    });
  };
  // Others see this caret only while the article has focus.
  const focusIs = (focused: boolean) => () => {
    setLocalStateFocus(provider, myName, color, focused, {});
    return false;
  };
  const removeListeners = mergeRegister(
    editor.registerUpdateListener(redrawSoon),
    editor.registerCommand(FOCUS_COMMAND, focusIs(true), COMMAND_PRIORITY_EDITOR),
    editor.registerCommand(BLUR_COMMAND, focusIs(false), COMMAND_PRIORITY_EDITOR),
  );
  view?.addEventListener('resize', redrawSoon);
  return () => {
    removeListeners();
    view?.removeEventListener('resize', redrawSoon);
    if (frame !== null) (view ?? globalThis).cancelAnimationFrame(frame);
    provider.awareness.off('update', redraw);
    const mine = provider.awareness.getLocalState();
    if (mine) provider.awareness.setLocalState({ ...mine, anchorPos: null, focusPos: null, focusing: false });
    // Drawn against no states, every remote caret and highlight is taken down.
    syncCursorPositions(binding, provider, { getAwarenessStates: () => new Map(), selectionHighlight: true });
    binding.cursorsContainer = null;
    layer?.remove();
  };
}
