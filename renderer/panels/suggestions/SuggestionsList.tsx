import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect, useRef, useState } from 'react';
import { suggestionsToAcceptAll } from '../../../shared/claim-finder/suggestion-list';
import type { ClaimSuggestion } from '../../../shared/claim-finder/find-claims';
import { acceptSuggestions, dismissSuggestion } from '../../editor/suggestions/suggestion-actions';
import { useStore } from '../../state/store';
import { clearSuggestions, suggestionId, suggestionsStore } from '../../state/suggestions-store';

const THRESHOLDS = [0.9, 0.8, 0.7, 0.6];

function SuggestionItem({ suggestion, focused }: { suggestion: ClaimSuggestion; focused: boolean }) {
  const [editor] = useLexicalComposerContext();
  const id = suggestionId(suggestion);
  const focus = () => suggestionsStore.update((state) => ({ ...state, focused: id }));
  return (
    <li className={`suggestion ${focused ? 'is-focused' : ''}`}>
      <button
        type="button"
        className="suggestion-text"
        aria-label={`Suggested claim: ${suggestion.text}`}
        aria-describedby={`why-${id}`}
        onFocus={focus}
        onClick={focus}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            acceptSuggestions(editor, [suggestion]);
          }
          if (event.key === 'Delete' || event.key === 'Backspace') {
            event.preventDefault();
            dismissSuggestion(suggestion);
          }
        }}
      >
        {suggestion.text}
      </button>
      <div className="suggestion-why" id={`why-${id}`}>
        <span className="score" title="Check-worthiness score, 0 to 1 (the same number the command line prints)">
          {suggestion.score.toFixed(2)}
        </span>
        {suggestion.reasons.map((reason) => (
          <span key={reason} className="reason">
            {reason}
          </span>
        ))}
        {suggestion.speaker && (
          <span className="reason speaker">
            Speaker: {suggestion.speaker}
            {suggestion.speakerKind && ` (${suggestion.speakerKind === 'person' ? 'person' : 'organisation'})`}
          </span>
        )}
      </div>
      <div className="suggestion-actions">
        <button type="button" className="small" onClick={() => acceptSuggestions(editor, [suggestion])}>
          Accept
        </button>
        <button type="button" className="small" onClick={() => dismissSuggestion(suggestion)}>
          Dismiss
        </button>
      </div>
    </li>
  );
}

/** Suggested claims, best first: Enter accepts, Delete dismisses (remembered in the project). */
export function SuggestionsList() {
  const [editor] = useLexicalComposerContext();
  const state = useStore(suggestionsStore, (s) => s);
  const [threshold, setThreshold] = useState(0.8);
  const list = useRef<HTMLOListElement>(null);
  const wasRunning = useRef(false);
  // Fresh results take the focus, so the first one can be accepted with Enter at once.
  useEffect(() => {
    if (wasRunning.current && state.status === 'ready')
      list.current?.querySelector<HTMLElement>('.suggestion-text')?.focus();
    wasRunning.current = state.status === 'running';
  }, [state.status]);
  if (state.status === 'idle') return null;
  if (state.status === 'running')
    return (
      <p className="suggestions-running" role="status">
        Finding claims…
      </p>
    );
  const aboveThreshold = suggestionsToAcceptAll(state.items, threshold);
  return (
    <section className="suggestions" aria-label="Suggested claims">
      <header className="suggestions-header">
        <h3>Suggested claims ({state.items.length})</h3>
        <button type="button" className="link-button" onClick={clearSuggestions}>
          Hide
        </button>
      </header>
      {state.items.length > 0 && (
        <div className="accept-all">
          <button
            type="button"
            className="small"
            disabled={aboveThreshold.length === 0}
            onClick={() => acceptSuggestions(editor, aboveThreshold)}
          >
            Accept all ({aboveThreshold.length})
          </button>
          <label>
            scoring at least{' '}
            <select
              aria-label="Minimum score"
              value={threshold}
              onChange={(event) => setThreshold(Number(event.target.value))}
            >
              {THRESHOLDS.map((value) => (
                <option key={value} value={value}>
                  {value.toFixed(2)}
                </option>
              ))}
            </select>
          </label>
        </div>
      )}
      <ol ref={list} className="suggestion-list" aria-label="Suggestions">
        {state.items.map((suggestion) => (
          <SuggestionItem
            key={suggestionId(suggestion)}
            suggestion={suggestion}
            focused={state.focused === suggestionId(suggestion)}
          />
        ))}
      </ol>
    </section>
  );
}
