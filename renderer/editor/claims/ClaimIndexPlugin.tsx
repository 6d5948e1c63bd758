import { $isMarkNode, MarkNode } from '@lexical/mark';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { $getNodeByKey, type LexicalEditor } from 'lexical';
import { useEffect } from 'react';
import type { ClaimMap } from '../../../shared/claims-in-body';
import { activeClaimStore } from '../../state/active-claim-store';
import { claimsViewStore } from '../../state/claims-view-store';
import { $getClaims } from './claims-state';
import { decorateMarks } from './mark-decorations';
import { $buildMarkIndex, type MarkIndex } from './mark-index';

/** How long after typing inside a highlight its quote in the panel catches up. */
const QUOTE_REFRESH_MS = 250;

class ClaimIndexer {
  private index: MarkIndex = { order: [], keysById: new Map(), quotes: new Map() };
  private claims: ClaimMap = {};
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** Last text seen per claim: an orphaned claim keeps showing what it said. */
  private lastQuotes = new Map<string, string>();

  constructor(private readonly editor: LexicalEditor) {}

  rebuild = (): void => {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.editor.getEditorState().read(() => {
      this.index = $buildMarkIndex();
      this.claims = $getClaims();
    });
    for (const [id, quote] of this.index.quotes) this.lastQuotes.set(id, quote);
    this.publish();
  };

  rebuildSoon(): void {
    if (!this.timer) this.timer = setTimeout(this.rebuild, QUOTE_REFRESH_MS);
  }

  claimsChanged(claims: ClaimMap): void {
    this.claims = claims;
    this.publish();
  }

  private decoratedActive: string | null = null;

  decorate = (onlyClaims?: readonly string[]): void => {
    const state = this.editor.getEditorState();
    this.decoratedActive = activeClaimStore.get().id;
    decorateMarks(
      this.index,
      this.claims,
      this.decoratedActive,
      (key) => this.editor.getElementByKey(key),
      (key) => state.read(() => {
        const node = $getNodeByKey(key);
        return $isMarkNode(node) ? node.getIDs() : [];
      }),
      onlyClaims,
    );
  };

  /** The active claim changed: only its highlights and the previous one's change look. */
  activeChanged = (): void => {
    const previous = this.decoratedActive;
    const next = activeClaimStore.get().id;
    if (previous === next) return;
    this.decorate([previous, next].filter((id): id is string => id !== null));
  };

  private publish(): void {
    claimsViewStore.set({ claims: this.claims, order: this.index.order, quotes: new Map(this.lastQuotes) });
    this.decorate();
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
  }
}

function registerClaimIndex(editor: LexicalEditor): () => void {
  const indexer = new ClaimIndexer(editor);
  let lastClaims: ClaimMap | null = null;
  indexer.rebuild();
  return mergeRegister(
    editor.registerMutationListener(MarkNode, (mutations) => {
      const structural = [...mutations.values()].some((mutation) => mutation !== 'updated');
      if (structural) indexer.rebuild();
      else indexer.rebuildSoon();
    }),
    editor.registerUpdateListener(({ editorState }) => {
      const claims = editorState.read($getClaims);
      if (claims !== lastClaims) {
        lastClaims = claims;
        indexer.claimsChanged(claims);
      }
    }),
    activeClaimStore.subscribe(indexer.activeChanged),
    () => indexer.dispose(),
  );
}

/** Keeps the Claims panel's view of the claims, and the highlights' looks, in step with the editor. */
export function ClaimIndexPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerClaimIndex(editor), [editor]);
  return null;
}
