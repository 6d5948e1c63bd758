import type { LexicalEditor } from 'lexical';
import { pendingSuggestions } from '../../../shared/claim-finder/suggestion-list';
import type { ClaimSuggestion } from '../../../shared/claim-finder/find-claims';
import { detachClaimsFromBody } from '../../../shared/claims/claims-in-body';
import { plainTextOf } from '../../../shared/article/plain-text';
import type { ArticleBody } from '../../../shared/project/schema';
import { factdesk } from '../../factdesk';
import { currentDocument } from '../../project/document-store';
import { recordDismissedSuggestion } from '../../project/project-changes';
import { clearSuggestions, removeSuggestions, suggestionId, suggestionsStore } from '../../state/suggestions-store';
import { showNotice } from '../../state/notices-store';
import { ACCEPT_SUGGESTIONS_COMMAND } from '../claims/claim-commands';
import { showSideTab } from '../../state/side-panel-store';

/** Find claims in the article as it is now; dismissed ones and those already claimed are left out. */
export async function findClaimSuggestions(editor: LexicalEditor): Promise<void> {
  const { body } = detachClaimsFromBody(editor.getEditorState().toJSON() as unknown as ArticleBody);
  const { text, marks } = plainTextOf(body);
  suggestionsStore.set({ status: 'running', items: [], focused: null });
  // The list shows in the Claims tab.
  showSideTab('claims');
  try {
    const found = await factdesk.findClaims(text);
    const dismissed = currentDocument()?.project.dismissedSuggestions ?? [];
    const items = pendingSuggestions(found, dismissed, [...marks.values()]);
    suggestionsStore.set({ status: 'ready', items, focused: items[0] ? suggestionId(items[0]) : null });
    showNotice(
      'info',
      items.length > 0
        ? `Found ${items.length} possible ${items.length === 1 ? 'claim' : 'claims'}.`
        : 'No new claims found.',
    );
  } catch (error) {
    clearSuggestions();
    showNotice('error', `Finding claims failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export function acceptSuggestions(editor: LexicalEditor, suggestions: readonly ClaimSuggestion[]): void {
  if (suggestions.length === 0) return;
  editor.dispatchCommand(ACCEPT_SUGGESTIONS_COMMAND, suggestions);
  removeSuggestions(suggestions.map(suggestionId));
}

export function dismissSuggestion(suggestion: ClaimSuggestion): void {
  recordDismissedSuggestion(suggestion);
  removeSuggestions([suggestionId(suggestion)]);
}
