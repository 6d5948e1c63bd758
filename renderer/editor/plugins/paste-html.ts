import { $generateNodesFromDOM } from '@lexical/html';
import { $getSelection, $insertNodes, $isRangeSelection, HISTORY_MERGE_TAG, type LexicalEditor } from 'lexical';
import { htmlChunks } from '../../import/html-chunks';
import { parseSanitizedHtml } from '../../import/sanitize-html';
import { progressStore } from '../../state/progress-store';

/** Pastes above this size go in by chunks, with progress, so the window keeps responding. */
export const LARGE_PASTE_CHARS = 500_000;

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

const setProgress = (progress: { label: string; percent: number } | null) => progressStore.set(progress);

/** A large paste: sanitised and inserted a few hundred blocks at a time, yielding between chunks. */
export async function pasteLargeHtml(editor: LexicalEditor, html: string): Promise<void> {
  setProgress({ label: 'Pasting', percent: 0 });
  await new Promise((resolve) => setTimeout(resolve, 0));
  try {
    let mergeWithPrevious = false;
    for (const { document, done, total } of htmlChunks(html)) {
      insertFrom(editor, document, mergeWithPrevious);
      mergeWithPrevious = true;
      setProgress({ label: 'Pasting', percent: Math.round((done / total) * 100) });
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  } finally {
    setProgress(null);
  }
}
