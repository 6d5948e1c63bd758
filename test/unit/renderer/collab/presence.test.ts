// @vitest-environment happy-dom
import type { Provider } from '@lexical/yjs';
import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  createEditor,
  type LexicalEditor,
  type TextNode,
} from 'lexical';
import { afterEach, describe, expect, it } from 'vitest';
import { applyAwarenessUpdate, Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { activeConnectionStore, type ActiveConnection } from '../../../../renderer/collab/active-connection';
import { attachDocumentPresence, attachPresence, presenceStore } from '../../../../renderer/collab/presence';
import { offlineProvider } from '../../../../shared/project-doc/offline-provider';
import { bindArticle } from '../../../../renderer/editor/article-binding';
import { ARTICLE_NODES } from '../../../../renderer/import/article-nodes';
import type { ProjectDocument } from '../../../../renderer/project/project-document';
import { identityStore } from '../../../../renderer/state/identity-store';
import { setActiveClaim } from '../../../../renderer/state/active-claim-store';
import { colourFor } from '../../../../shared/collab/presence';

/**
 * Two windows on one shared project, wired as a server would wire them (each
 * document update and awareness update reaches the other): each sees the
 * other's caret and selection through @lexical/yjs's cursor sync, and which
 * claim the other has open.
 */

// happy-dom lays nothing out and has no offsetParent, which @lexical/yjs reads to place carets: the parent stands in.
Object.defineProperty(HTMLElement.prototype, 'offsetParent', {
  configurable: true,
  get(this: HTMLElement) {
    return this.parentElement;
  },
});

const REMOTE = 'remote';
const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

function providerFor(doc: Y.Doc): Provider & { awareness: Awareness } {
  const awareness = new Awareness(doc);
  const none = () => undefined;
  return { awareness, connect: none, disconnect: none, on: none, off: none } as unknown as Provider & {
    awareness: Awareness;
  };
}

function wire(a: { doc: Y.Doc; awareness: Awareness }, b: { doc: Y.Doc; awareness: Awareness }) {
  for (const [from, to] of [
    [a, b],
    [b, a],
  ]) {
    from.doc.on(
      'update',
      (update: Uint8Array, origin: unknown) => origin !== REMOTE && Y.applyUpdate(to.doc, update, REMOTE),
    );
    from.awareness.on('update', ({ added, updated, removed }: Record<string, number[]>, origin: unknown) => {
      if (origin === REMOTE) return;
      applyAwarenessUpdate(
        to.awareness,
        encodeAwarenessUpdate(from.awareness, [...added, ...updated, ...removed]),
        REMOTE,
      );
    });
  }
}

function window_(name: string) {
  const doc = new Y.Doc();
  const provider = providerFor(doc);
  const page = document.createElement('div');
  const root = document.createElement('div');
  root.contentEditable = 'true';
  page.appendChild(root);
  document.body.appendChild(page);
  const editor = createEditor({
    namespace: name,
    nodes: [...ARTICLE_NODES],
    onError: (error) => {
      throw error;
    },
  });
  editor.setRootElement(root);
  const projectDocument = { doc, provider, quiet: false } as unknown as ProjectDocument;
  const { binding, unbind } = bindArticle(editor, projectDocument);
  return { name, doc, provider, awareness: provider.awareness, page, editor, binding, unbind };
}

function twoWindows() {
  const ana = window_('Ana Ortiz');
  const chris = window_('Chris Lund');
  wire(ana, chris);
  const detach = [attachPresence(ana.editor, ana.binding, ana.provider, ana.doc.clientID, ana.name)];
  cleanups.push(() => {
    detach.forEach((stop) => stop());
    for (const w of [ana, chris]) {
      w.unbind();
      w.awareness.destroy();
      w.page.remove();
    }
  });
  return {
    ana,
    chris,
    presenceOfChris: () => attachPresence(chris.editor, chris.binding, chris.provider, chris.doc.clientID, chris.name),
  };
}

const firstText = (editor: LexicalEditor): TextNode =>
  editor.getEditorState().read(() => $getRoot().getFirstDescendant() as TextNode);

describe('presence in a shared project', () => {
  it('shows each window the other’s caret and selection, under their name and colour', () => {
    const { ana, chris, presenceOfChris } = twoWindows();
    cleanups.push(presenceOfChris());
    ana.editor.update(
      () => $getRoot().append($createParagraphNode().append($createTextNode('Turnout was 61% in 2024.'))),
      {
        discrete: true,
      },
    );
    expect(chris.editor.getEditorState().read(() => $getRoot().getTextContent())).toBe('Turnout was 61% in 2024.');

    // Ana focuses the article and selects "61%".
    ana.awareness.setLocalStateField('focusing', true);
    ana.editor.update(() => firstText(ana.editor).getLatest().select(12, 15), { discrete: true });

    const cursor = chris.binding.cursors.get(ana.doc.clientID);
    expect(cursor).toMatchObject({ name: 'Ana Ortiz', color: colourFor('Ana Ortiz') });
    const selection = cursor!.selection!;
    const chrisText = firstText(chris.editor);
    expect(selection.anchor).toEqual({ key: chrisText.getKey(), offset: 12 });
    expect(selection.focus).toEqual({ key: chrisText.getKey(), offset: 15 });
    expect(selection.name.textContent).toBe('Ana Ortiz');

    // Chris's caret reaches Ana the same way, and moves as Ana types before it.
    chris.awareness.setLocalStateField('focusing', true);
    chris.editor.update(() => firstText(chris.editor).getLatest().select(5, 5), { discrete: true });
    ana.editor.update(() => firstText(ana.editor).getLatest().select(0, 0).insertText('Official: '), {
      discrete: true,
    });
    const chrisCaret = ana.binding.cursors.get(chris.doc.clientID)!.selection!;
    expect(chrisCaret.focus.offset).toBe('Official: '.length + 5);
  });

  it('lists the collaborators and puts a dot, with their name, on the claim each has open', () => {
    const { ana, chris } = twoWindows();
    // Only Ana's window is "this window" here: the store shows what Ana sees.
    chris.awareness.setLocalState({ name: 'Chris Lund', color: colourFor('Chris Lund'), role: 'checker' });
    expect(presenceStore.get().collaborators).toEqual([
      {
        clientId: chris.doc.clientID,
        name: 'Chris Lund',
        color: colourFor('Chris Lund'),
        role: 'checker',
        openClaim: null,
      },
    ]);
    chris.awareness.setLocalStateField('openClaim', 'clm_7');
    expect(presenceStore.get().byClaim.get('clm_7')).toEqual({
      label: 'Open by Chris Lund',
      color: colourFor('Chris Lund'),
      names: 'Chris',
    });

    // Ana opening a card is published for Chris.
    setActiveClaim('clm_3');
    expect(chris.awareness.getStates().get(ana.doc.clientID)).toMatchObject({ openClaim: 'clm_3' });
    setActiveClaim(null);

    chris.awareness.setLocalState(null);
    expect(presenceStore.get().collaborators).toEqual([]);
    expect(presenceStore.get().byClaim.size).toBe(0);
  });

  it('moves over to the server’s provider when the open project is shared', async () => {
    const { ana, chris } = twoWindows();
    identityStore.set({ name: 'Chris Lund', role: 'checker' });
    const document = { doc: chris.doc, provider: offlineProvider() as Provider };
    const stop = attachDocumentPresence(chris.editor, chris.binding, document);
    cleanups.push(stop);
    expect(ana.awareness.getStates().get(chris.doc.clientID)).toBeUndefined();
    // Share project…: the document takes the server's provider, and the connection is announced.
    document.provider = chris.provider;
    activeConnectionStore.set({ doc: chris.doc } as unknown as ActiveConnection);
    await Promise.resolve();
    expect(ana.awareness.getStates().get(chris.doc.clientID)).toMatchObject({ name: 'Chris Lund' });
    activeConnectionStore.set(null);
  });
});
