import {
  $getNodeByKey,
  $isTextNode,
  COLLABORATION_TAG,
  HISTORIC_TAG,
  HISTORY_MERGE_TAG,
  type EditorState,
} from 'lexical';
import type { UndoHistory } from '../project/undo-history';

/** Set on an editor update that is a claim step (claim-steps.ts): the step writes its claim records after the article and ends itself. */
export const CLAIM_STEP_TAG = 'factdesk-claim-step';

/**
 * Whether an editor update is typing or deleting a character or two in one
 * text node: such updates undo together (within the merge window), as in
 * Lexical's own history. Returns the text node's key, or null.
 */
export function typingIn(
  prevState: EditorState,
  nextState: EditorState,
  dirtyLeaves: ReadonlySet<string>,
  dirtyElements: ReadonlyMap<string, boolean>,
): string | null {
  if (dirtyLeaves.size !== 1) return null;
  // The root is marked dirty on every update (as in Lexical's own history, it says nothing about the edit).
  for (const [elementKey, intentional] of dirtyElements) if (intentional && elementKey !== 'root') return null;
  const [key] = dirtyLeaves;
  const before = prevState.read(() => $getNodeByKey(key));
  const after = nextState.read(() => $getNodeByKey(key));
  if (!$isTextNode(before) || !$isTextNode(after)) return null;
  if (before.__format !== after.__format || before.__style !== after.__style) return null;
  return typedOrDeleted(before.__text, after.__text) ? key : null;
}

/** `after` is `before` with one or two characters put in or taken out at one place (a word replaced is not typing). */
function typedOrDeleted(before: string, after: string): boolean {
  const [shorter, longer] = before.length < after.length ? [before, after] : [after, before];
  const change = longer.length - shorter.length;
  if (change < 1 || change > 2) return false;
  let start = 0;
  while (start < shorter.length && shorter[start] === longer[start]) start += 1;
  return shorter.slice(start) === longer.slice(start + change);
}

interface Update {
  prevEditorState: EditorState;
  editorState: EditorState;
  dirtyLeaves: Set<string>;
  dirtyElements: Map<string, boolean>;
  tags: Set<string>;
}

/**
 * Where the undo steps fall around each editor update the binding writes:
 * typing in one text node continues the step; any other edit (Enter, a
 * paste, formatting, a deletion across nodes) is a step of its own; a claim
 * step opened its step itself and ends it once its records are written.
 * Updates that are not the person's edits (the article put in, highlights
 * restored on open) go into no step at all.
 */
export class HistorySteps {
  private typingKey: string | null = null;

  constructor(private readonly history: UndoHistory) {}

  /** `claimsStaged`: the update changed claim records too (written with the article), so it is an edit even if no node changed. */
  around(update: Update, write: () => void, claimsStaged = false): void {
    const { tags } = update;
    if (tags.has(COLLABORATION_TAG) || tags.has(HISTORIC_TAG)) return write();
    const edited = claimsStaged || update.dirtyLeaves.size + update.dirtyElements.size > 0;
    if (!edited) return write();
    const claimStep = tags.has(CLAIM_STEP_TAG);
    const key = typingIn(update.prevEditorState, update.editorState, update.dirtyLeaves, update.dirtyElements);
    if (!claimStep && (key === null || key !== this.typingKey)) this.history.boundary();
    this.history.untracked = tags.has(HISTORY_MERGE_TAG);
    try {
      write();
    } finally {
      this.history.untracked = false;
    }
    if (key === null && !claimStep) this.history.boundary();
    this.typingKey = key;
  }
}
