import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useCallback, useMemo, useState } from 'react';
import type { Claim } from '../../../shared/project/schema';
import { useArticleArriving } from '../../editor/article-arrival';
import { DELETE_CLAIM_COMMAND } from '../../editor/claims/claim-commands';
import { activeClaimStore } from '../../state/active-claim-store';
import { claimsViewStore, orphanIds, quoteOf } from '../../project/claims-view-store';
import { useStore } from '../../state/store';
import { claimMatcher, isFiltering, NO_FILTER, projectTags, type ClaimFilter } from './claim-filter';
import { ClaimFilters } from './ClaimFilters';
import { ClaimRow } from './ClaimRow';
import { useWindowedList } from './use-windowed-list';
import { VerdictLegend } from './VerdictLegend';
import { SuggestionsList } from '../suggestions/SuggestionsList';
import { useShortcutText } from '../../commands/use-shortcut-text';

/** Must match .claim-list's padding and its rows' bottom margin in claims.css. */
const LIST_PADDING = 8;
const ROW_GAP = 8;

interface Row {
  claim: Claim;
  number: number;
  quote: string;
}

/** The claims of the project in document order, with filters; the active claim opens as a card. */
export function ClaimsPanel() {
  const [editor] = useLexicalComposerContext();
  const view = useStore(claimsViewStore, (v) => v);
  const activeId = useStore(activeClaimStore, (active) => active.id);
  const [filter, setFilter] = useState<ClaimFilter>(NO_FILTER);
  const { keyOf } = useShortcutText();
  const arriving = useArticleArriving();
  const knownTags = useMemo(() => projectTags(Object.values(view.claims)), [view.claims]);
  const rows: Row[] = useMemo(
    () =>
      view.order
        .filter((id) => view.claims[id])
        .map((id) => ({ claim: view.claims[id], number: view.claims[id].number, quote: quoteOf(view, id) })),
    [view],
  );
  const shown = useMemo(() => {
    const matches = claimMatcher(filter);
    return rows.filter((row) => matches(row.claim, row.quote));
  }, [rows, filter]);
  const orphans = useMemo(() => orphanIds(view), [view]);
  const backToText = useCallback(() => editor.focus(), [editor]);
  const shownIds = useMemo(() => shown.map((row) => row.claim.id), [shown]);
  // Only the rows in and near view are in the DOM (thousands of claims); each says where it sits in the list.
  const listWindow = useWindowedList({ keys: shownIds, gap: ROW_GAP, keyAttribute: 'claimRow', keepInView: activeId });
  return (
    <section className="side-panel-body claims-panel" role="region" aria-label="Claims">
      <header className="panel-header">
        <h2>Claims</h2>
        <span className="count" aria-label={`${rows.length} claims`}>
          {isFiltering(filter) ? `${shown.length} of ${rows.length}` : rows.length}
        </span>
        <VerdictLegend />
      </header>
      <ClaimFilters filter={filter} tags={knownTags} onChange={setFilter} />
      <SuggestionsList />
      {rows.length === 0 && orphans.length === 0 ? (
        <p className="empty-hint">
          {arriving
            ? 'Opening the claims…'
            : `No claims yet. Select a passage in the article and press Mark claim (${keyOf('claim.mark')}).`}
        </p>
      ) : (
        <div className="claim-scroll" ref={listWindow.scrollRef}>
          <ol
            className="claim-list"
            aria-label="Claims list"
            style={{ paddingTop: LIST_PADDING + listWindow.padTop, paddingBottom: LIST_PADDING + listWindow.padBottom }}
          >
            {shown.slice(listWindow.start, listWindow.end).map((row, i) => {
              const active = row.claim.id === activeId;
              return (
                <ClaimRow
                  key={row.claim.id}
                  position={listWindow.start + i + 1}
                  listSize={shown.length}
                  claim={row.claim}
                  number={row.number}
                  quote={row.quote}
                  active={active}
                  knownTags={active ? knownTags : undefined}
                  onEscape={active ? backToText : undefined}
                />
              );
            })}
          </ol>
          {shown.length === 0 && <p className="empty-hint">No claims match these filters.</p>}
          {orphans.length > 0 && (
            <section className="orphans" aria-label="Orphaned claims">
              <h3>Orphaned claims ({orphans.length})</h3>
              <p className="hint">Their text was deleted from the article. The last known quote is kept.</p>
              <ul>
                {orphans.map((id) => (
                  <li key={id} className="orphan">
                    <blockquote>{quoteOf(view, id)}</blockquote>
                    <button
                      type="button"
                      className="danger subtle small"
                      onClick={() => editor.dispatchCommand(DELETE_CLAIM_COMMAND, id)}
                    >
                      Delete claim
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </div>
      )}
    </section>
  );
}
