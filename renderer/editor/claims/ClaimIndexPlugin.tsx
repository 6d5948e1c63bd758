import { $isMarkNode, MarkNode } from '@lexical/mark';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { $getNodeByKey, type LexicalEditor, type NodeMutation } from 'lexical';
import { useEffect } from 'react';
import type { ClaimMap } from '../../../shared/claims/claims-in-body';
import { activeClaimStore } from '../../state/active-claim-store';
import { publishClaimsView } from '../../project/claims-view-store';
import { onBoundClaimsChange } from '../../project/document-claims';
import { boundDocument, onArticleIn } from '../../project/document-binding';
import { $getClaims } from './claims-state';
import { decorateMarks } from './mark-decorations';
import { $buildMarkIndex, $quoteOfMarks, emptyMarkIndex, type MarkIndex } from './mark-index';
import { $applyMarkChanges } from './mark-index-update';
import { provideClaimMarkKeys } from './claim-marks-lookup';
import { IdleQueue } from './idle-queue';
import { preferencesStore } from '../../state/preferences-store';

/** How long after typing inside a highlight its quote in the panel catches up. */
const QUOTE_REFRESH_MS = 250;
/** Beyond this many changed marks (accepting every suggestion, undoing that) one walk of the article is cheaper. */
const REINDEX_ALL_ABOVE = 200;

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && [...a].sort().join() === [...b].sort().join();
}

function $idsOfMark(key: string): readonly string[] {
  const node = $getNodeByKey(key);
  return $isMarkNode(node) ? node.getIDs() : [];
}

/** Claims whose metadata object changed (a verdict, say): their highlights may look different. */
function changedClaims(before: ClaimMap, after: ClaimMap): string[] {
  const changed: string[] = [];
  for (const id in after) if (before[id] !== after[id]) changed.push(id);
  for (const id in before) if (!(id in after)) changed.push(id);
  return changed;
}

class ClaimIndexer {
  private index: MarkIndex = emptyMarkIndex();
  private claims: ClaimMap = {};
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** Last text seen per claim: an orphaned claim keeps showing what it said. */
  private lastQuotes = new Map<string, string>();
  /** Highlights created, destroyed or updated in the update being committed. */
  private mutatedMarks = new Map<string, NodeMutation>();
  /** Highlights whose text changed (typing inside a claim), waiting for their quotes to be refreshed. */
  private changedMarks = new Set<string>();

  constructor(private readonly editor: LexicalEditor) {}

  /** The whole index from the document: when the editor opens, and after changes too large to apply one by one. */
  rebuild(): void {
    this.editor.getEditorState().read(() => {
      this.index = $buildMarkIndex();
      this.claims = $getClaims();
    });
    this.rememberQuotes(this.index.order);
    this.publish();
    this.decorate();
  }

  /** Lexical's mutation listener: noted here, applied by `updated` (update listeners run after it in the same commit). */
  marksMutated(mutations: ReadonlyMap<string, NodeMutation>): void {
    for (const [key, mutation] of mutations) this.mutatedMarks.set(key, mutation);
  }

  /** Forgets the marks' changes in this commit: the whole index is about to be rebuilt. */
  skipMutations(): void {
    this.mutatedMarks.clear();
  }

  /** Marks created or destroyed, or whose claims changed; the others only changed text, refreshed a moment later. */
  private takeStructuralMarks(): string[] {
    if (this.mutatedMarks.size === 0) return [];
    const mutated = [...this.mutatedMarks];
    this.mutatedMarks.clear();
    const structural = this.editor
      .getEditorState()
      .read(() =>
        mutated
          .filter(
            ([key, mutation]) =>
              mutation !== 'updated' || !sameIds(this.index.idsByKey.get(key) ?? [], $idsOfMark(key)),
          )
          .map(([key]) => key),
      );
    const structuralKeys = new Set(structural);
    const textOnly = mutated.map(([key]) => key).filter((key) => !structuralKeys.has(key));
    if (textOnly.length > 0) this.refreshSoon(textOnly);
    return structural;
  }

  /** After each update: apply the marks' changes and the claims' changes, then publish once. */
  updated(claims: ClaimMap): void {
    const previousClaims = this.claims;
    this.claims = claims;
    const restyle = new Set(claims === previousClaims ? [] : changedClaims(previousClaims, claims));
    const structural = this.takeStructuralMarks();
    if (structural.length > REINDEX_ALL_ABOVE) return this.rebuild();
    if (structural.length > 0) for (const id of this.applyMarkChanges(structural)) restyle.add(id);
    else if (restyle.size === 0) return;
    this.publish();
    this.decorate(restyle);
  }

  /** Updates the index for these marks; returns the claims whose highlights must be redecorated now. */
  private applyMarkChanges(keys: readonly string[]): string[] {
    const change = this.editor.getEditorState().read(() => $applyMarkChanges(this.index, keys));
    this.rememberQuotes(change.touched);
    // Claims after the first that moved have new numbers in their tooltips: given them when the page is idle.
    this.renumberLater.add(this.index.order.slice(change.firstMoved).filter((id) => !change.touched.has(id)));
    return [...change.touched];
  }

  private readonly renumberLater = new IdleQueue((ids) => this.decorate(ids));

  private rememberQuotes(ids: Iterable<string>): void {
    for (const id of ids) {
      const quote = this.index.quotes.get(id);
      if (quote !== undefined) this.lastQuotes.set(id, quote);
    }
  }

  /**
   * After an update: typing inside a highlight changes its text node, not the
   * mark (no mark mutation), but Lexical lists the mark among the dirty elements.
   */
  elementsChanged(dirtyElements: ReadonlyMap<string, boolean>): void {
    const marks = [...dirtyElements.keys()].filter((key) => this.index.idsByKey.has(key));
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
    if (!quotes) {
      const restyle = this.applyMarkChanges(keys);
      this.publish();
      return this.decorate(restyle);
    }
    for (const [id, quote] of quotes) this.index.quotes.set(id, quote);
    this.rememberQuotes(quotes.keys());
    this.publish();
    this.decorate(quotes.keys());
  };

  /** The new quotes of the claims highlighted by these marks; null when a mark's claims differ from the index's. */
  private $quotesOfChangedMarks(keys: readonly string[]): Map<string, string> | null {
    const quotes = new Map<string, string>();
    for (const key of keys) {
      const node = $getNodeByKey(key);
      if (!$isMarkNode(node) || !node.isAttached()) return null;
      const indexed = this.index.idsByKey.get(key) ?? [];
      if (!sameIds(indexed, node.getIDs())) return null;
      for (const id of indexed) {
        const quote = quotes.has(id) ? quotes.get(id)! : $quoteOfMarks(this.index.keysById.get(id)!);
        if (quote === null) return null;
        quotes.set(id, quote);
      }
    }
    return quotes;
  }

  /** A claim's highlight nodes as of the last commit. */
  keysOf = (id: string): readonly string[] => this.index.keysById.get(id) ?? [];

  private decoratedActive: string | null = null;

  /** Gives highlights their looks: all of them, or only those of these claims. */
  decorate(onlyClaims?: Iterable<string>): void {
    if (!onlyClaims) this.renumberLater.clear();
    this.decoratedActive = activeClaimStore.get().id;
    this.decoratedLabels = preferencesStore.get().verdictLabels;
    decorateMarks(
      this.index,
      this.claims,
      this.decoratedLabels,
      this.decoratedActive,
      (key) => this.editor.getElementByKey(key),
      onlyClaims,
    );
  }

  private decoratedLabels = preferencesStore.get().verdictLabels;

  /** The user renamed a verdict (Preferences): every highlight's tooltip changes. */
  labelsChanged = (): void => {
    if (preferencesStore.get().verdictLabels !== this.decoratedLabels) this.decorate();
  };

  /** The active claim changed: only its highlights and the previous one's change look. */
  activeChanged = (): void => {
    const previous = this.decoratedActive;
    const next = activeClaimStore.get().id;
    if (previous === next) return;
    this.decorate([previous, next].filter((id): id is string => id !== null));
  };

  private publish(): void {
    publishClaimsView({ claims: this.claims, order: [...this.index.order], quotes: new Map(this.lastQuotes) });
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.renumberLater.clear();
  }
}

function registerClaimIndex(editor: LexicalEditor): () => void {
  const indexer = new ClaimIndexer(editor);
  indexer.rebuild();
  return mergeRegister(
    // Lexical calls mutation listeners before update listeners of the same commit.
    editor.registerMutationListener(
      MarkNode,
      (mutations) => indexer.marksMutated(mutations),
      // The index was just built from the document: no need to hear of every mark as created.
      { skipInitialization: true },
    ),
    editor.registerUpdateListener(({ editorState, dirtyElements }) => {
      // The article being put in a bound editor: its arrival (onArticleIn) builds the index once, whole.
      if (boundDocument()?.connected === false) return indexer.skipMutations();
      indexer.elementsChanged(dirtyElements);
      indexer.updated(editorState.read($getClaims));
    }),
    // Bound to the project's document, the claims change there (a card, Ctrl+Z, a merge) without an editor update.
    onBoundClaimsChange(({ after }) => indexer.updated(after)),
    onArticleIn(() => indexer.rebuild()),
    activeClaimStore.subscribe(indexer.activeChanged),
    provideClaimMarkKeys(editor, indexer.keysOf),
    preferencesStore.subscribe(indexer.labelsChanged),
    () => indexer.dispose(),
  );
}

/** Keeps the Claims panel's view of the claims, and the highlights' looks, in step with the editor. */
export function ClaimIndexPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerClaimIndex(editor), [editor]);
  return null;
}
