import { randomUUID } from 'node:crypto';
import {
  addSourceToIndex,
  createEvidenceIndex,
  removeSourceFromIndex,
  suggestEvidence,
  type EvidenceSuggestion,
  type IndexedSource,
} from '../../shared/evidence/evidence-index';
import type { Anchor, Project, ProjectView, Source, SourceSummary } from '../../shared/project/schema';
import { locateExcerpt } from '../../shared/sources/sources';
import { projectView, summariseSource, withSourceTexts } from '../../shared/sources/source-summary';
import type { ActivityPage, ActivityPageQuery } from '../../shared/activity/activity-log';
import { HeldActivity } from './held-activity';
import { ensureDocumentState, PENDING_CHECKSUM } from '../project-doc/document-state';
import { StoredDocument, type DocumentUpdate } from '../project-doc/stored-document';

export type EvidenceAnswer =
  { ok: true; suggestions: EvidenceSuggestion[] } | { ok: false; missingSourceIds: string[] };

/** Lets other IPC calls (a save, a backup) run between two sources being indexed. */
const yieldToOtherWork = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * What main holds of the project open in one window, under the token the
 * window names it by: its source texts, its activity log and its evidence
 * index (the project session, main/project/project-session.ts, owns these
 * and the file). The window holds sources without their texts; texts stay here for the
 * session (a removed source may come back with Undo) and go back into the
 * project wherever it leaves the app. So does the activity log as it was
 * handed over (the window pages through it, see HeldActivity). The index follows the source ids the
 * renderer names on each request, and is built lazily, one source at a time,
 * so main never freezes while it grows.
 */
export class HeldProject {
  private readonly texts = new Map<string, string>();
  private readonly index = createEvidenceIndex();
  private readonly activity = new HeldActivity();
  /** The project's Yjs state as main holds it (see StoredDocument). */
  readonly document = new StoredDocument();
  private tail: Promise<unknown> = Promise.resolve();

  constructor(
    readonly token: string,
    sources: readonly IndexedSource[] = [],
  ) {
    this.addTexts(sources);
  }

  /** Keeps these texts; returns how many were new or different. */
  addTexts(sources: readonly IndexedSource[]): number {
    let changed = 0;
    for (const source of sources) {
      if (this.texts.get(source.id) !== source.text) changed += 1;
      this.texts.set(source.id, source.text);
    }
    return changed;
  }

  textOf(sourceId: string): string | undefined {
    return this.texts.get(sourceId);
  }

  /** Keeps the text of a source new to the project; the window gets the rest. */
  keep(source: Source): SourceSummary {
    this.texts.set(source.id, source.text);
    return summariseSource(source);
  }

  /** Keeps the texts and the activity log of a project main read (a merge result, say); the window gets its view. */
  viewOf(project: Project): ProjectView {
    this.addTexts(project.sources);
    // The document state stays here too (this.document): until the editor is bound to it the window has no use for it, and it is as large as the article again.
    const { yjs: _state, ...view } = projectView(project);
    return { ...view, activity: [], heldActivity: this.activity.hold(project.activity) };
  }

  /**
   * Throws MissingSourceTextError when the window names a source whose text
   * never reached main, MissingActivityLogError when it names a log main does not hold.
   */
  projectOf(view: ProjectView, change?: DocumentUpdate): Project {
    const project = withSourceTexts(view, (id) => this.texts.get(id));
    const state = this.document.with(change);
    // Only a state the window sent its changes for matches the readable part: stamped when written (withChecksum).
    const yjs = state ? { ...state, checksum: change ? PENDING_CHECKSUM : '' } : null;
    return { ...project, yjs, activity: this.activity.join(view.heldActivity, project.activity) };
  }

  /** null: this session holds no log under that key. */
  activityPage(heldActivity: string, query: ActivityPageQuery): ActivityPage | null {
    return this.activity.page(heldActivity, query);
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
    for (const [id, text] of [...this.index.texts])
      if (!wanted.has(id) || this.texts.get(id) !== text) removeSourceFromIndex(this.index, id);
    for (const id of wanted) {
      if (this.index.texts.has(id)) continue;
      addSourceToIndex(this.index, { id, text: this.texts.get(id)! });
      await yieldToOtherWork();
    }
  }
}

/**
 * The held projects by token. One window shows one project: beginning a session (a project main hands to
 * the window) or ending one forgets the others. A late call naming an older
 * session never disturbs the current one.
 */
export class HeldProjects {
  private readonly sessions = new Map<string, HeldProject>();

  /** A project handed to the window: its texts stay here, the window gets its view and the session's token. */
  begin(project: Project): { project: ProjectView; session: string; documentNotice: string | null } {
    const begun = this.prepare(project);
    this.keepOnly(begun.session);
    return begun;
  }

  /**
   * A project the window may or may not take (a reload): the current session stays until keepOnly.
   * Its document state is made or checked first (ensureDocumentState); `documentNotice` says what was done, if anything.
   */
  prepare(project: Project): { project: ProjectView; session: string; documentNotice: string | null } {
    const ensured = ensureDocumentState(project);
    const session = new HeldProject(randomUUID());
    session.document.accept(ensured.project.yjs);
    this.sessions.set(session.token, session);
    return { project: session.viewOf(ensured.project), session: session.token, documentNotice: ensured.notice };
  }

  keepOnly(token: string): void {
    for (const other of [...this.sessions.keys()]) if (other !== token) this.sessions.delete(other);
  }

  /** The session for this token; a token main never issued (a project made in the window) starts an empty one. */
  get(token: string): HeldProject {
    let session = this.sessions.get(token);
    if (!session) {
      session = new HeldProject(token);
      this.sessions.set(token, session);
    }
    return session;
  }

  end(): void {
    this.sessions.clear();
  }
}
