import { randomUUID } from 'node:crypto';
import { addSourceToIndex, createEvidenceIndex, removeSourceFromIndex, suggestEvidence, type EvidenceSuggestion, type IndexedSource } from '../../shared/evidence/evidence-index';
import type { Anchor, Project, ProjectView, Source, SourceSummary } from '../../shared/schema';
import { locateExcerpt } from '../../shared/sources';
import { projectView, summariseSource, withSourceTexts } from '../../shared/source-summary';

export type EvidenceAnswer = { ok: true; suggestions: EvidenceSuggestion[] } | { ok: false; missingSourceIds: string[] };

/** Lets other IPC calls (a save, a backup) run between two sources being indexed. */
const yieldToOtherWork = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The source texts of the project open in one window, and its evidence index.
 * The window holds sources without their texts; texts stay here for the
 * session (a removed source may come back with Undo) and go back into the
 * project wherever it leaves the app. The index follows the source ids the
 * renderer names on each request, and is built lazily, one source at a time,
 * so main never freezes while it grows.
 */
export class SourceSession {
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

  textOf(sourceId: string): string | undefined {
    return this.texts.get(sourceId);
  }

  /** Keeps the text of a source new to the project; the window gets the rest. */
  keep(source: Source): SourceSummary {
    this.texts.set(source.id, source.text);
    return summariseSource(source);
  }

  /** Keeps the texts of a project main read (a merge result, say); the window gets its view. */
  viewOf(project: Project): ProjectView {
    this.addTexts(project.sources);
    return projectView(project);
  }

  /** Throws MissingSourceTextError when the window names a source whose text never reached main. */
  projectOf(view: ProjectView): Project {
    return withSourceTexts(view, (id) => this.texts.get(id));
  }

  /** Each excerpt re-anchored in its source's text; null where the source or the excerpt is gone. */
  locate(places: readonly { sourceId: string; anchor: Anchor }[]): ({ start: number; end: number } | null)[] {
    return places.map(({ sourceId, anchor }) => {
      const text = this.texts.get(sourceId);
      return text === undefined ? null : locateExcerpt({ text }, { anchor });
    });
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

/**
 * One window shows one project: beginning a session (a project main hands to
 * the window) or ending one forgets the others. A late call naming an older
 * session never disturbs the current one.
 */
export class SourceSessions {
  private readonly sessions = new Map<string, SourceSession>();

  /** A project handed to the window: its texts stay here, the window gets its view and the session's token. */
  begin(project: Project): { project: ProjectView; session: string } {
    const session = new SourceSession(randomUUID(), project.sources);
    this.sessions.clear();
    this.sessions.set(session.token, session);
    return { project: projectView(project), session: session.token };
  }

  /** The session for this token; a token main never issued (a project made in the window) starts an empty one. */
  get(token: string): SourceSession {
    let session = this.sessions.get(token);
    if (!session) {
      session = new SourceSession(token);
      this.sessions.set(token, session);
    }
    return session;
  }

  end(): void {
    this.sessions.clear();
  }
}
