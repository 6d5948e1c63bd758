import { randomUUID } from 'node:crypto';
import { addSourceToIndex, createEvidenceIndex, removeSourceFromIndex, suggestEvidence, type EvidenceSuggestion, type IndexedSource } from '../../shared/evidence/evidence-index';

export type EvidenceAnswer = { ok: true; suggestions: EvidenceSuggestion[] } | { ok: false; missingSourceIds: string[] };

/** Lets other IPC calls (a save, a backup) run between two sources being indexed. */
const yieldToOtherWork = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The source texts of the project open in one window, and its evidence index.
 * Texts stay here for the session (a removed source may come back with Undo);
 * the index follows the source ids the renderer names on each request, and is
 * built lazily, one source at a time, so main never freezes while it grows.
 */
export class EvidenceSession {
  private readonly texts = new Map<string, string>();
  private readonly index = createEvidenceIndex();
  private tail: Promise<unknown> = Promise.resolve();

  constructor(
    readonly token: string,
    sources: readonly IndexedSource[] = [],
  ) {
    this.addTexts(sources);
  }

  addTexts(sources: readonly IndexedSource[]): void {
    for (const source of sources) this.texts.set(source.id, source.text);
  }

  missing(sourceIds: readonly string[]): string[] {
    return sourceIds.filter((id) => !this.texts.has(id));
  }

  suggest(claimText: string, sourceIds: readonly string[], top: number): Promise<EvidenceAnswer> {
    const missingSourceIds = this.missing(sourceIds);
    if (missingSourceIds.length > 0) return Promise.resolve({ ok: false, missingSourceIds });
    return this.serially(async () => {
      await this.syncIndex(sourceIds);
      return { ok: true, suggestions: suggestEvidence(this.index, claimText, { top }) };
    });
  }

  /** Index and queries take turns: a query never sees a half-synced index. */
  private serially<T>(task: () => Promise<T>): Promise<T> {
    const next = this.tail.catch(() => undefined).then(task);
    this.tail = next;
    return next;
  }

  private async syncIndex(sourceIds: readonly string[]): Promise<void> {
    const wanted = new Set(sourceIds);
    for (const [id, text] of [...this.index.texts]) if (!wanted.has(id) || this.texts.get(id) !== text) removeSourceFromIndex(this.index, id);
    for (const id of wanted) {
      if (this.index.texts.has(id)) continue;
      addSourceToIndex(this.index, { id, text: this.texts.get(id)! });
      await yieldToOtherWork();
    }
  }
}

/** One window shows one project: beginning a session forgets the previous one. */
export class EvidenceSessions {
  private current: EvidenceSession | null = null;

  begin(sources: readonly IndexedSource[]): string {
    this.current = new EvidenceSession(randomUUID(), sources);
    return this.current.token;
  }

  /** The session for this token; a token main never issued (a project made in the window) starts an empty one. */
  get(token: string): EvidenceSession {
    if (this.current?.token !== token) this.current = new EvidenceSession(token);
    return this.current;
  }

  end(): void {
    this.current = null;
  }
}
