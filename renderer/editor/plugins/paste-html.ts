import { $generateNodesFromDOM } from '@lexical/html';
import { $getSelection, $insertNodes, $isRangeSelection, HISTORY_MERGE_TAG, type LexicalEditor } from 'lexical';
import { parseSanitizedHtml } from '../../import/sanitize-html';
import { uiStore } from '../../state/ui-store';

/** Pastes above this size go in by chunks, with progress, so the window keeps responding. */
export const LARGE_PASTE_CHARS = 500_000;
const BLOCKS_PER_CHUNK = 250;

function insertFrom(editor: LexicalEditor, doc: Document, mergeWithPrevious: boolean): void {
  editor.update(
    () => {
      const selection = $getSelection();
      if (!$isRangeSelection(selection)) return;
      // A chunk starts a block of its own: without the break, its first paragraph would join the previous chunk's last.
      if (mergeWithPrevious) selection.insertParagraph();
      $insertNodes($generateNodesFromDOM(editor, doc));
    },
    // Every chunk after the first joins the first one's undo step: one paste, one undo.
    { discrete: true, tag: mergeWithPrevious ? HISTORY_MERGE_TAG : undefined },
  );
}

export function pasteHtml(editor: LexicalEditor, html: string): void {
  insertFrom(editor, parseSanitizedHtml(html), false);
}

const setProgress = (progress: { label: string; percent: number } | null) => uiStore.update((ui) => ({ ...ui, progress }));

/** A large paste: sanitised once, then inserted a few hundred blocks at a time, yielding between chunks. */
export async function pasteLargeHtml(editor: LexicalEditor, html: string): Promise<void> {
  setProgress({ label: 'Pasting', percent: 0 });
  await new Promise((resolve) => setTimeout(resolve, 0));
  try {
    const blocks = [...parseSanitizedHtml(html).body.childNodes];
    for (let start = 0; start < blocks.length; start += BLOCKS_PER_CHUNK) {
      const chunk = document.implementation.createHTMLDocument('');
      for (const node of blocks.slice(start, start + BLOCKS_PER_CHUNK)) chunk.body.appendChild(chunk.importNode(node, true));
      insertFrom(editor, chunk, start > 0);
      setProgress({ label: 'Pasting', percent: Math.round((Math.min(start + BLOCKS_PER_CHUNK, blocks.length) / blocks.length) * 100) });
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  } finally {
    setProgress(null);
  }
}
