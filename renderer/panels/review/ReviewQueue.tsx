import { useEffect, useMemo, useRef, useState } from 'react';
import { reviewQueue } from '../../../shared/review/status';
import type { Claim } from '../../../shared/project/schema';
import { activeClaimStore, setActiveClaim } from '../../state/active-claim-store';
import { claimsViewStore, quoteOf } from '../../project/claims-view-store';
import { approve, permission, requestChanges } from '../../project/review-actions';
import { useStore } from '../../state/store';
import { showNotice } from '../../state/notices-store';
import { matchesShortcut } from '../../commands/shortcut';
import { useShortcutText } from '../../commands/use-shortcut-text';
import { ReviewDetail } from './ReviewDetail';
import { TwoPersonRuleSetting } from './TwoPersonRuleSetting';
import { identityStore } from '../../state/identity-store';
import { startupStore } from '../../state/startup-store';

/**
 * Review mode: the claims awaiting review, in document order. Keyboard:
 * ↓/J next, ↑/K previous, A approve, R request changes (a comment is required).
 * Focus stays in the queue after each decision.
 */
export function ReviewQueue() {
  const isMac = useStore(startupStore, (startup) => startup.platform === 'mac');
  const { key } = useShortcutText();
  const view = useStore(claimsViewStore, (v) => v);
  const activeId = useStore(activeClaimStore, (active) => active.id);
  const queue = useMemo(
    () => reviewQueue(view.order.map((id) => view.claims[id]).filter((c): c is Claim => c !== undefined)),
    [view],
  );
  const [requesting, setRequesting] = useState(false);
  const isEditor = useStore(identityStore, (identity) => identity?.role === 'editor');
  const queueRef = useRef<HTMLDivElement>(null);
  const current = queue.find((claim) => claim.id === activeId) ?? queue[0] ?? null;
  const index = current ? queue.indexOf(current) : -1;

  useEffect(() => {
    if (current && current.id !== activeId) setActiveClaim(current.id, true);
  }, [current, activeId]);

  const go = (delta: number) => {
    if (queue.length === 0) return;
    setRequesting(false);
    setActiveClaim(queue[(index + delta + queue.length) % queue.length].id, true);
  };
  const afterDecision = () => {
    const next = queue[index + 1] ?? queue[index - 1] ?? null;
    setActiveClaim(next?.id ?? null, next !== null);
    setRequesting(false);
    queueRef.current?.focus();
  };
  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.target !== queueRef.current || !current) return;
    const actions: [string, () => void][] = [
      ['Down', () => go(1)],
      ['J', () => go(1)],
      ['Up', () => go(-1)],
      ['K', () => go(-1)],
      [
        'A',
        () => {
          if (approve(current)) afterDecision();
        },
      ],
      [
        'R',
        () => {
          const allowed = permission('request-changes', current);
          if (allowed.allowed) setRequesting(true);
          else showNotice('info', allowed.reason);
        },
      ],
    ];
    const action = actions.find(([shortcut]) => matchesShortcut(event.nativeEvent, shortcut, isMac))?.[1];
    if (!action) return;
    event.preventDefault();
    action();
  };

  return (
    <div
      className="review-queue"
      ref={queueRef}
      tabIndex={0}
      onKeyDown={onKeyDown}
      aria-label="Review queue"
      role="region"
    >
      <header className="panel-header">
        <h2>Review queue</h2>
        <span className="count">{queue.length}</span>
      </header>
      <TwoPersonRuleSetting />
      <p className="queue-hint">
        {isEditor ? `↑/↓ move · A approve · R request changes · ${key('Mod+Enter')} sends` : '↑/↓ move'}
      </p>
      {queue.length === 0 ? (
        <p className="empty-hint">Nothing awaits review. Checkers send claims here with “Send to review”.</p>
      ) : (
        <>
          <ol className="queue-list" aria-label="Claims awaiting review">
            {queue.map((claim) => (
              <li key={claim.id}>
                <button
                  type="button"
                  aria-current={claim.id === current?.id}
                  className="queue-item"
                  onClick={() => setActiveClaim(claim.id, true)}
                >
                  <span className="claim-number">{claim.number}</span>
                  <span className="queue-quote">{quoteOf(view, claim.id)}</span>
                </button>
              </li>
            ))}
          </ol>
          {current && (
            <ReviewDetail
              claim={current}
              number={current.number}
              quote={quoteOf(view, current.id)}
              requesting={requesting}
              onApprove={(comment) => {
                if (approve(current, comment)) afterDecision();
              }}
              onRequestChanges={(comment) => {
                if (requestChanges(current, comment)) afterDecision();
              }}
              onStartRequest={() => setRequesting(true)}
              onCancelRequest={() => {
                setRequesting(false);
                queueRef.current?.focus();
              }}
            />
          )}
        </>
      )}
    </div>
  );
}
