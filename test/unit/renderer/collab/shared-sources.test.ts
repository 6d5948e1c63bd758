import WebSocket from 'ws';
import * as Y from 'yjs';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { offerSourceText, sharedSourceText, sourceTextsDocumentName } from '../../../../shared/collab/source-texts';
import { ORIGIN } from '../../../../shared/project-doc/layout';
import { readSources, removeSource as removeSharedRecord, writeSource } from '../../../../shared/project-doc/records';
import { createEmptyProject } from '../../../../shared/project/new-project';
import { Source, type SourceSummary } from '../../../../shared/project/schema';
import { summariseSource } from '../../../../shared/sources/source-summary';
import { connect, destroyAll } from '../../../collab/helpers/clients';
import { startServe, stopAll, tempDir, type RunningServe } from '../../../collab/helpers/processes';
import { addUsers } from '../../../collab/helpers/users';
import { sleep, waitFor } from '../../../collab/helpers/wait';

/** Main's side as the window sees it: the source texts it holds for the open project. */
const main = vi.hoisted(() => ({ texts: new Map<string, string>() }));
vi.mock('../../../../renderer/factdesk', () => ({
  factdesk: {
    readSourceText: async (_session: string, id: string) => main.texts.get(id) ?? null,
    putSourceTexts: async (_session: string, texts: { id: string; text: string }[]) => {
      const changed = texts.filter(({ id, text }) => main.texts.get(id) !== text).length;
      for (const { id, text } of texts) main.texts.set(id, text);
      return { changed };
    },
  },
}));

const { ServerConnection } = await import('../../../../renderer/collab/server-provider');
const { shareSources } = await import('../../../../renderer/collab/shared-sources');
const { documentStore, openDocument } = await import('../../../../renderer/project/document-store');
const { addSource, removeSource } = await import('../../../../renderer/project/source-actions');
const { sourceText } = await import('../../../../renderer/project/source-text-cache');

/**
 * A shared project's sources travel to the other machines: records in the
 * project document, texts in `<documentId>/sources` (shared/collab/source-texts.ts),
 * against a real `factdesk serve`. The window's side (renderer/collab/shared-sources.ts)
 * runs with a stand-in for main that keeps texts in a map.
 */
let serve: RunningServe;
let tokens: Record<string, string>;
const stops: (() => void)[] = [];

beforeAll(async () => {
  const dataDir = tempDir('shared-sources');
  tokens = addUsers(dataDir, { 'Ana Ortiz': 'checker', 'Ben Okafor': 'checker', 'Rita Reader': 'reader' });
  serve = await startServe(dataDir);
  // The window's texts connection uses the page's WebSocket; Node 20 has none.
  (globalThis as { WebSocket?: unknown }).WebSocket = WebSocket;
}, 30_000);

afterEach(() => {
  stops.splice(0).forEach((stop) => stop());
  destroyAll();
});
afterAll(() => stopAll());

/** A source's record as the window lists it (the schema fills in the details left out). */
const summary = (id: string, title: string, text: string): SourceSummary =>
  summariseSource(Source.parse({ id, title, text }));

describe('the texts document', { timeout: 20_000 }, () => {
  it('a text one copy adds is readable in the other; a reader’s text reaches nobody', async () => {
    const name = sourceTextsDocumentName('prj_texts');
    const ana = connect(serve.url, name, tokens['Ana Ortiz']);
    const ben = connect(serve.url, name, tokens['Ben Okafor']);
    const rita = connect(serve.url, name, tokens['Rita Reader']);
    await Promise.all([ana.synced(), ben.synced(), rita.synced()]);

    expect(offerSourceText(ana.doc, 'src_harbour', 'The harbour authority counted 41 ships.')).toBe(true);
    await waitFor('Ben to get Ana’s text', () => sharedSourceText(ben.doc, 'src_harbour') !== undefined);
    expect(sharedSourceText(ben.doc, 'src_harbour')).toBe('The harbour authority counted 41 ships.');
    expect(sharedSourceText(rita.doc, 'src_harbour')).toBe('The harbour authority counted 41 ships.');

    offerSourceText(rita.doc, 'src_forged', 'Made up by a reader.');
    // The reader's copy keeps it locally; the server drops it. Ana's next text arriving shows the reader's went nowhere.
    await sleep(500);
    offerSourceText(ana.doc, 'src_after', 'Sent after the reader’s.');
    await waitFor('Ben to get Ana’s second text', () => sharedSourceText(ben.doc, 'src_after') !== undefined);
    const late = connect(serve.url, name, tokens['Ana Ortiz']);
    await late.synced();
    expect(sharedSourceText(ben.doc, 'src_forged')).toBeUndefined();
    expect(sharedSourceText(late.doc, 'src_forged')).toBeUndefined();
    expect(sharedSourceText(late.doc, 'src_harbour')).toBe('The harbour authority counted 41 ships.');
  });

  it('the server opens the texts document of a project whose id is as long as ids go (200 characters)', async () => {
    const client = connect(serve.url, sourceTextsDocumentName('p'.repeat(200)), tokens['Ana Ortiz']);
    await client.synced();
    expect(client.authFailures).toEqual([]);
  });
});

/** A file's Yjs state holding these sources' records. */
function recordsOf(sources: SourceSummary[]): Uint8Array {
  const doc = new Y.Doc();
  doc.transact(() => sources.forEach((source) => writeSource(doc, source)));
  return Y.encodeStateAsUpdate(doc);
}

describe('a window’s sources while shared', { timeout: 30_000 }, () => {
  /**
   * A window opening a shared project: its document gets the file's state (by default, records of the sources
   * its panel lists) when the connection starts, as ProjectDocument's beforeFirstConnect puts it in.
   */
  function openWindow(
    documentId: string,
    token: string,
    sources: SourceSummary[],
    stored: Uint8Array = recordsOf(sources),
  ) {
    openDocument(null, 'Harbour story', {
      ...createEmptyProject(new Date('2026-12-02T00:00:00Z')),
      sources,
      heldActivity: '',
    });
    const doc = new Y.Doc();
    const connection = new ServerConnection({
      url: serve.url,
      documentId,
      token,
      doc,
      beforeFirstConnect: () => Y.applyUpdate(doc, stored, ORIGIN.load),
      retryDelayMs: 100,
      WebSocketPolyfill: WebSocket,
    });
    const shared = { serverUrl: serve.url, documentId, token };
    const stop = shareSources(shared, doc, connection);
    connection.connect();
    stops.push(() => {
      stop();
      connection.destroy();
    });
    return { doc, connection };
  }

  it('sends its sources (records and texts) and lists, with their texts, those another machine adds', async () => {
    main.texts.clear();
    main.texts.set('src_mine', 'Port Calder’s minutes, 12 March.');
    const window = openWindow('prj_window', tokens['Ana Ortiz'], [
      summary('src_mine', 'Minutes', 'Port Calder’s minutes, 12 March.'),
    ]);
    const other = connect(serve.url, 'prj_window', tokens['Ben Okafor']);
    const otherTexts = connect(serve.url, sourceTextsDocumentName('prj_window'), tokens['Ben Okafor']);
    await Promise.all([other.synced(), otherTexts.synced()]);

    await waitFor('the other machine to get the window’s source', () =>
      readSources(other.doc).some((source) => source.id === 'src_mine'),
    );
    await waitFor(
      'the other machine to get its text',
      () => sharedSourceText(otherTexts.doc, 'src_mine') !== undefined,
    );
    expect(sharedSourceText(otherTexts.doc, 'src_mine')).toBe('Port Calder’s minutes, 12 March.');

    // Added in the window after sharing (its text is in main first, as an import leaves it).
    main.texts.set('src_added', 'Dredging contract, page 4.');
    addSource(summary('src_added', 'Contract', 'Dredging contract, page 4.'));
    await waitFor('the added source’s record', () =>
      readSources(other.doc).some((source) => source.id === 'src_added'),
    );
    await waitFor('the added source’s text', () => sharedSourceText(otherTexts.doc, 'src_added') !== undefined);
    expect(sharedSourceText(otherTexts.doc, 'src_added')).toBe('Dredging contract, page 4.');

    // Added on the other machine: the window lists it, and main gets its text.
    other.doc.transact(() => writeSource(other.doc, summary('src_theirs', 'Port log', 'Ships in: 41.')));
    offerSourceText(otherTexts.doc, 'src_theirs', 'Ships in: 41.');
    await waitFor('the window to list the other machine’s source', () =>
      (documentStore.get()?.project.sources ?? []).some((source) => source.id === 'src_theirs'),
    );
    await waitFor('main to hold its text', () => main.texts.has('src_theirs'));
    expect(await sourceText('src_theirs')).toBe('Ships in: 41.');
    expect(documentStore.get()?.project.sources.map((source) => source.title)).toEqual([
      'Minutes',
      'Contract',
      'Port log',
    ]);
    expect(window.connection.status.get().readOnly).toBe(false);

    // Removed here: gone there; removed there: gone here.
    removeSource('src_added');
    await waitFor('the other machine to lose the removed source', () =>
      readSources(other.doc).every((source) => source.id !== 'src_added'),
    );
    other.doc.transact(() => removeSharedRecord(other.doc, 'src_theirs'));
    await waitFor('the window to drop the source removed elsewhere', () =>
      (documentStore.get()?.project.sources ?? []).every((source) => source.id !== 'src_theirs'),
    );
    expect(documentStore.get()?.project.sources.map((source) => source.title)).toEqual(['Minutes']);
  });

  it('a source removed on another machine while the window was away stays removed (the file’s older copy does not bring it back)', async () => {
    main.texts.clear();
    const other = connect(serve.url, 'prj_away', tokens['Ben Okafor']);
    await other.synced();
    const kept = summary('src_kept', 'Budget paper', 'Water Charges 2027/28');
    const gone = summary('src_gone', 'Old release', 'Withdrawn.');
    other.doc.transact(() => [kept, gone].forEach((source) => writeSource(other.doc, source)));
    const filesState = Y.encodeStateAsUpdate(other.doc);
    other.doc.transact(() => removeSharedRecord(other.doc, 'src_gone'));
    await other.acknowledged();

    const window = openWindow('prj_away', tokens['Ana Ortiz'], [kept, gone], filesState);
    await waitFor('the window to be connected', () => window.connection.status.get().state === 'connected');
    await waitFor('the window to drop the removed source', () =>
      (documentStore.get()?.project.sources ?? []).every((source) => source.id !== 'src_gone'),
    );
    await sleep(300);
    expect(readSources(other.doc).map((source) => source.id)).toEqual(['src_kept']);
    expect(documentStore.get()?.project.sources.map((source) => source.id)).toEqual(['src_kept']);
  });

  it('a project shared while open sends the sources its panel added since the last save', async () => {
    main.texts.clear();
    const saved = summary('src_saved', 'Minutes', 'Port Calder’s minutes.');
    const unsaved = summary('src_unsaved', 'Contract', 'Dredging contract.');
    openDocument(null, 'Harbour story', {
      ...createEmptyProject(new Date('2026-12-02T00:00:00Z')),
      sources: [saved, unsaved],
      heldActivity: '',
    });
    const doc = new Y.Doc();
    Y.applyUpdate(doc, recordsOf([saved]), ORIGIN.load);
    const connection = new ServerConnection({
      url: serve.url,
      documentId: 'prj_shared_open',
      token: tokens['Ana Ortiz'],
      doc,
      retryDelayMs: 100,
      WebSocketPolyfill: WebSocket,
    });
    connection.connect();
    await waitFor('the share to be acknowledged', () => connection.status.get().state === 'connected');
    const stop = shareSources(
      { serverUrl: serve.url, documentId: 'prj_shared_open', token: tokens['Ana Ortiz'] },
      doc,
      connection,
    );
    stops.push(() => {
      stop();
      connection.destroy();
    });
    const other = connect(serve.url, 'prj_shared_open', tokens['Ben Okafor']);
    await waitFor('the other machine to get both sources', () => readSources(other.doc).length === 2);
    expect(documentStore.get()?.project.sources.map((source) => source.id)).toEqual(['src_saved', 'src_unsaved']);
  });

  it('a text that arrives for a source the window listed without one (opened from the server) makes the project unsaved', async () => {
    main.texts.clear();
    main.texts.set('src_known', '');
    openWindow('prj_opened', tokens['Ana Ortiz'], [summary('src_known', 'Budget paper', 'Water Charges 2027/28')]);
    const otherTexts = connect(serve.url, sourceTextsDocumentName('prj_opened'), tokens['Ben Okafor']);
    await otherTexts.synced();
    await sleep(300);
    expect(documentStore.get()?.dirty).toBe(false);
    offerSourceText(otherTexts.doc, 'src_known', 'Water Charges 2027/28');
    await waitFor('main to hold its text', () => main.texts.get('src_known') === 'Water Charges 2027/28');
    await waitFor('the project to be unsaved', () => documentStore.get()?.dirty === true);
  });

  it('a reader’s window lists what others add but sends no texts of its own', async () => {
    main.texts.clear();
    main.texts.set('src_readers', 'A text only the reader has.');
    openWindow('prj_reader_window', tokens['Rita Reader'], [
      summary('src_readers', 'Reader’s', 'A text only the reader has.'),
    ]);
    const other = connect(serve.url, 'prj_reader_window', tokens['Ben Okafor']);
    const otherTexts = connect(serve.url, sourceTextsDocumentName('prj_reader_window'), tokens['Ben Okafor']);
    await Promise.all([other.synced(), otherTexts.synced()]);
    other.doc.transact(() => writeSource(other.doc, summary('src_theirs', 'Port log', 'Ships in: 41.')));
    offerSourceText(otherTexts.doc, 'src_theirs', 'Ships in: 41.');
    await waitFor('the reader’s window to list the new source', () =>
      (documentStore.get()?.project.sources ?? []).some((source) => source.id === 'src_theirs'),
    );
    await waitFor('main to hold its text', () => main.texts.get('src_theirs') === 'Ships in: 41.');
    const late = connect(serve.url, sourceTextsDocumentName('prj_reader_window'), tokens['Ben Okafor']);
    await late.synced();
    expect(sharedSourceText(late.doc, 'src_readers')).toBeUndefined();
    expect(sharedSourceText(otherTexts.doc, 'src_readers')).toBeUndefined();
  });
});
