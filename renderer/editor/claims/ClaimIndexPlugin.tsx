import { $isMarkNode, MarkNode } from '@lexical/mark';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { $getNodeByKey, type LexicalEditor } from 'lexical';
import { useEffect } from 'react';
import type { ClaimMap } from '../../../shared/claims-in-body';
import { activeClaimStore } from '../../state/active-claim-store';
import { claimsViewStore } from '../../state/claims-view-store';
import { uiStore } from '../../state/ui-store';
import { $getClaims } from './claims-state';
import { decorateMarks } from './mark-decorations';
import { $buildMarkIndex, $quoteOfMarks, type MarkIndex } from './mark-index';

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
    this.changedMarks.clear();
    this.editor.getEditorState().read(() => {
      this.index = $buildMarkIndex();
      this.claims = $getClaims();
    });
    this.markKeys = new Set([...this.index.keysById.values()].flat());
    for (const [id, quote] of this.index.quotes) this.lastQuotes.set(id, quote);
    this.publish();
  };

  /** Highlights whose text changed (typing inside a claim), waiting for their quotes to be refreshed. */
  private changedMarks = new Set<string>();
  private markKeys = new Set<string>();

  /**
   * After an update: typing inside a highlight changes its text node, not the
   * mark (no mark mutation), but Lexical lists the mark among the dirty elements.
   */
  elementsChanged(dirtyElements: ReadonlyMap<string, boolean>): void {
    const marks = [...dirtyElements.keys()].filter((key) => this.markKeys.has(key));
    if (marks.length > 0) this.refreshSoon(marks);
  }

  /** Text changed inside these highlights: refresh just their claims' quotes a moment later. */
  refreshSoon(markKeys: Iterable<string>): void {
    for (const key of markKeys) this.changedMarks.add(key);
    if (!this.timer) this.timer = setTimeout(this.refreshQuotes, QUOTE_REFRESH_MS);
  }

  private refreshQuotes = (): void => {
    this.timer = null;
    const keys = [...this.changedMarks];
    this.changedMarks.clear();
    const quotes = this.editor.getEditorState().read(() => this.$quotesOfChangedMarks(keys));
    // A highlight that gained or lost a claim id (or vanished) is a structural change after all.
    if (!quotes) return this.rebuild();
    for (const [id, quote] of quotes) {
      this.index.quotes.set(id, quote);
      this.lastQuotes.set(id, quote);
    }
    claimsViewStore.set({ claims: this.claims, order: this.index.order, quotes: new Map(this.lastQuotes) });
    this.decorate([...quotes.keys()]);
  };

  /** The new quotes of the claims highlighted by these marks; null when a mark's claims differ from the index's. */
  private $quotesOfChangedMarks(keys: readonly string[]): Map<string, string> | null {
    const quotes = new Map<string, string>();
    for (const key of keys) {
      const node = $getNodeByKey(key);
      if (!$isMarkNode(node)) return null;
      const indexed = [...this.index.keysById].filter(([, markKeys]) => markKeys.includes(key)).map(([id]) => id);
      if (indexed.sort().join() !== [...node.getIDs()].sort().join()) return null;
      for (const id of indexed) {
        const quote = quotes.has(id) ? quotes.get(id)! : $quoteOfMarks(this.index.keysById.get(id)!);
        if (quote === null) return null;
        quotes.set(id, quote);
      }
    }
    return quotes;
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
      uiStore.get().preferences.verdictLabels,
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

  /** The user renamed a verdict (Preferences): every highlight's tooltip changes. */
  labelsChanged = (): void => {
    const labels = uiStore.get().preferences.verdictLabels;
    if (labels === this.decoratedLabels) return;
    this.decoratedLabels = labels;
    this.decorate();
  };

  private decoratedLabels = uiStore.get().preferences.verdictLabels;

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
      else indexer.refreshSoon(mutations.keys());
    }),
    editor.registerUpdateListener(({ editorState, dirtyElements }) => {
      indexer.elementsChanged(dirtyElements);
      const claims = editorState.read($getClaims);
      if (claims !== lastClaims) {
        lastClaims = claims;
        indexer.claimsChanged(claims);
      }
    }),
    activeClaimStore.subscribe(indexer.activeChanged),
    uiStore.subscribe(indexer.labelsChanged),
    () => indexer.dispose(),
  );
}

/** Keeps the Claims panel's view of the claims, and the highlights' looks, in step with the editor. */
export function ClaimIndexPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerClaimIndex(editor), [editor]);
  return null;
}
