import { afterEach, describe, expect, it } from 'vitest';
import { newClaim } from '../../../shared/claims/claim-factory';
import { createEmptyProject } from '../../../shared/project/new-project';
import { projectView } from '../../../shared/sources/source-summary';
import { changeClaims, provideClaimWriter, type ClaimChange } from '../../../renderer/project/claim-changes';
import {
  closeDocument,
  currentDocument,
  onReopen,
  openDocument,
  reopenDocument,
} from '../../../renderer/project/document-store';
import { addComment } from '../../../renderer/project/review-actions';
import { identityStore } from '../../../renderer/state/identity-store';

/**
 * The doors between the open document's owner and the article's holder (the
 * editor today): a review action changes a claim through the writer the
 * holder provides, and a reopen tells the holder before the document changes.
 */

const project = () => projectView(createEmptyProject(new Date('2026-12-01T00:00:00Z')));

afterEach(() => closeDocument());

describe('claim changes', () => {
  it('a comment reaches the holder’s writer as one change, by the person using the app', () => {
    identityStore.set({ name: 'Ines Ortega', role: 'checker' });
    const written: (readonly ClaimChange[])[] = [];
    const withdraw = provideClaimWriter((changes) => written.push(changes));
    const claim = newClaim('clm-1', 'The bridge reopened in May.', 'Ines Ortega', new Date('2026-12-01T09:00:00Z'), 1);
    addComment(claim, '  Check the council minutes.  ');
    withdraw();
    addComment(claim, 'Nobody hears this one.');
    expect(written).toHaveLength(1);
    expect(written[0]).toMatchObject([
      {
        id: 'clm-1',
        patch: { comments: [{ author: 'Ines Ortega', text: 'Check the council minutes.', kind: 'comment' }] },
      },
    ]);
  });

  it('a holder that went does not withdraw the one that replaced it', () => {
    const first: unknown[] = [];
    const second: unknown[] = [];
    const withdrawFirst = provideClaimWriter((changes) => first.push(changes));
    const withdrawSecond = provideClaimWriter((changes) => second.push(changes));
    withdrawFirst();
    changeClaims([{ id: 'clm-2', patch: { note: 'Ask the press office.' } }]);
    withdrawSecond();
    expect(first).toEqual([]);
    expect(second).toEqual([[{ id: 'clm-2', patch: { note: 'Ask the press office.' } }]]);
  });
});

describe('reopening the open project', () => {
  it('tells listeners while the old copy is still open, with the new copy’s path', () => {
    openDocument('/tmp/harbour.factdesk', 'harbour', project(), 'session-1');
    const before = currentDocument()!.key;
    const heard: { path: string | null; openKey: number | undefined }[] = [];
    const stop = onReopen((path) => heard.push({ path, openKey: currentDocument()?.key }));
    reopenDocument('/tmp/harbour.factdesk', 'harbour', project(), 'session-2');
    stop();
    reopenDocument('/tmp/harbour.factdesk', 'harbour', project(), 'session-3');
    expect(heard).toEqual([{ path: '/tmp/harbour.factdesk', openKey: before }]);
    expect(currentDocument()).toMatchObject({ session: 'session-3', dirty: false });
    expect(currentDocument()!.key).toBeGreaterThan(before);
  });
});
