import * as Y from 'yjs';
import type { SharedConnection } from '../../shared/api';
import {
  offerSourceText,
  sharedSourceText,
  sourceTextsDocumentName,
  sourceTextsOf,
} from '../../shared/collab/source-texts';
import { factdesk } from '../factdesk';
import { currentDocument, watchOpenDocument } from '../project/document-store';
import { markSourceTextsArrived } from '../project/source-actions';
import { forgetSourceTexts } from '../project/source-text-cache';
import { ServerConnection } from './server-provider';

/** The origin of this window's own offers, so their echo is not taken for an arrival. */
const OFFERED = 'factdesk:source-texts';

/**
 * A shared project's source texts (shared/collab/source-texts.ts) between
 * the server's texts document and main, which holds the window's texts and
 * writes them into the file at save. A text this window has for a listed
 * source and the server lacks is offered once the texts document is in step
 * (a reader's connection is read-only: it offers nothing); a text that
 * arrives for a listed source is handed to main, and the window asks for
 * it again (an open source viewer shows it).
 */
export class SharedSourceTexts {
  readonly doc = new Y.Doc();
  readonly connection: ServerConnection;
  private readonly handedToMain = new Set<string>();
  private readonly offered = new Set<string>();
  private running: Promise<void> = Promise.resolve();
  private stopped = false;
  private readonly unsubscribe: () => void;

  constructor(
    shared: SharedConnection,
    private readonly session: string,
  ) {
    this.connection = new ServerConnection({
      url: shared.serverUrl,
      documentId: sourceTextsDocumentName(shared.documentId),
      token: shared.token,
      doc: this.doc,
    });
    const again = () => this.reconcile();
    sourceTextsOf(this.doc).observe(again);
    const unsubscribeView = watchOpenDocument(again);
    const unsubscribeStatus = this.connection.status.subscribe(again);
    this.connection.hocuspocus.on('synced', again);
    this.unsubscribe = () => {
      this.connection.hocuspocus.off('synced', again);
      sourceTextsOf(this.doc).unobserve(again);
      unsubscribeView();
      unsubscribeStatus();
    };
    this.connection.connect();
  }

  /** One pass at a time: a pass asks main for texts, and the next must see what it offered. */
  reconcile(): void {
    this.running = this.running.then(() => this.pass()).catch(() => undefined);
  }

  /** Resolves when every pass asked for so far has run (tests). */
  settled(): Promise<void> {
    return this.running;
  }

  private async pass(): Promise<void> {
    const open = currentDocument();
    if (this.stopped || !open || open.session !== this.session) return;
    const arrived: { id: string; text: string }[] = [];
    const toOffer: string[] = [];
    for (const { id } of open.project.sources) {
      const text = sharedSourceText(this.doc, id);
      if (text !== undefined) {
        if (!this.handedToMain.has(id)) arrived.push({ id, text });
      } else if (!this.offered.has(id)) toOffer.push(id);
    }
    if (arrived.length > 0) await this.handToMain(arrived);
    // Offered only once the server's texts are in (so only what it lacks), and never by a reader.
    const status = this.connection.status.get();
    if (status.state === 'offline' || status.state === 'refused' || status.readOnly) return;
    if (!this.connection.hocuspocus.isSynced) return;
    for (const id of toOffer) {
      this.offered.add(id);
      const text = await factdesk.readSourceText(this.session, id);
      if (this.stopped) return;
      if (text && offerSourceText(this.doc, id, text, OFFERED)) this.handedToMain.add(id);
    }
  }

  /** Main keeps them for the file; the window asks again; texts main lacked make the project unsaved. */
  private async handToMain(arrived: { id: string; text: string }[]): Promise<void> {
    const { changed } = await factdesk.putSourceTexts(this.session, arrived);
    arrived.forEach(({ id }) => this.handedToMain.add(id));
    forgetSourceTexts(arrived.map(({ id }) => id));
    if (changed > 0) markSourceTextsArrived();
  }

  stop(): void {
    this.stopped = true;
    this.unsubscribe();
    this.connection.destroy();
  }
}
