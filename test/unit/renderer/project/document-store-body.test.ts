import { afterEach, describe, expect, it } from 'vitest';
import { bodyOf, paragraphNode, textNode } from '../../../../shared/article/lexical-json';
import { createEmptyProject as emptyProject } from '../../../../shared/project/new-project';
import { projectView } from '../../../../shared/sources/source-summary';
import {
  closeDocument,
  currentProject,
  documentStore,
  markDirty,
  openDocument,
  provideEditorContent,
} from '../../../../renderer/project/document-store';
import { markSaved, snapshotForSave } from '../../../../renderer/project/save-snapshot';
import { updateArticleMeta } from '../../../../renderer/project/project-changes';

/**
 * While the editor holds the article, the document store keeps no second copy
 * of the body (megabytes for a long article); whatever reads the project
 * (save, backup, merge, export) still gets the live body from the editor.
 */

const loaded = bodyOf([paragraphNode([textNode('As loaded from the file.')])]);
const edited = bodyOf([paragraphNode([textNode('As edited since.')])]);
/** The project as the window holds it (sources without their texts). */
const createEmptyProject = (at: Date) => projectView(emptyProject(at));
const storedBody = () => documentStore.get()!.project.article.body;

afterEach(closeDocument);

describe('the article body in the document store', () => {
  it('is dropped once the editor holds it, and read from the editor', () => {
    const project = createEmptyProject(new Date('2026-11-25T00:00:00Z'));
    openDocument('/tmp/story.factdesk', 'story', { ...project, article: { ...project.article, body: loaded } });
    expect(storedBody()).toEqual(loaded);
    provideEditorContent(() => ({ body: edited, claims: {} }));
    expect(storedBody().root.children).toEqual([]);
    expect(currentProject()!.article.body).toEqual(edited);
  });

  it('is not kept after a save, and comes back if the editor goes while the project stays open', async () => {
    openDocument(null, 'Untitled', createEmptyProject(new Date('2026-11-25T00:00:00Z')));
    const unprovide = provideEditorContent(() => ({ body: edited, claims: {} }));
    markSaved('/tmp/story.factdesk', 'story', (await snapshotForSave())!);
    expect(storedBody().root.children).toEqual([]);
    expect(currentProject()!.article.body).toEqual(edited);
    unprovide();
    expect(storedBody()).toEqual(edited);
    expect(currentProject()!.article.body).toEqual(edited);
  });
});

describe('a save that finishes after more work', () => {
  const open = () => {
    openDocument('/tmp/story.factdesk', 'story', createEmptyProject(new Date('2026-11-25T00:00:00Z')));
    provideEditorContent(() => ({ body: edited, claims: {} }));
    markDirty();
  };

  it('marks the document saved when nothing changed meanwhile', async () => {
    open();
    markSaved('/tmp/story.factdesk', 'story', (await snapshotForSave())!);
    expect(documentStore.get()!.dirty).toBe(false);
  });

  it('keeps it unsaved after an edit in the editor meanwhile', async () => {
    open();
    const snapshot = (await snapshotForSave())!;
    markDirty();
    markSaved('/tmp/story.factdesk', 'story', snapshot);
    expect(documentStore.get()!.dirty).toBe(true);
  });

  it('keeps it unsaved, and keeps the change, after a change to the project meanwhile', async () => {
    open();
    const snapshot = (await snapshotForSave())!;
    updateArticleMeta({ title: 'Changed while saving' });
    markSaved('/tmp/story-2.factdesk', 'story-2', snapshot);
    expect(documentStore.get()!).toMatchObject({ dirty: true, path: '/tmp/story-2.factdesk', name: 'story-2' });
    expect(documentStore.get()!.project.article.title).toBe('Changed while saving');
  });

  it('counts the body moving into the editor meanwhile as no change (a merged project reopens while it saves)', async () => {
    openDocument('/tmp/story.factdesk', 'story', createEmptyProject(new Date('2026-11-25T00:00:00Z')));
    markDirty();
    const snapshot = (await snapshotForSave())!;
    provideEditorContent(() => ({ body: edited, claims: {} }));
    markSaved('/tmp/story.factdesk', 'story', snapshot);
    expect(documentStore.get()!.dirty).toBe(false);
  });

  it('keeps it unsaved after an edit while a long article was being read for it', async () => {
    openDocument('/tmp/story.factdesk', 'story', createEmptyProject(new Date('2026-11-25T00:00:00Z')));
    let finishReading: () => void = () => {};
    provideEditorContent(
      () => ({ body: edited, claims: {} }),
      () => new Promise((resolve) => (finishReading = () => resolve({ body: loaded, claims: {} }))),
    );
    markDirty();
    const taking = snapshotForSave();
    markDirty();
    finishReading();
    const snapshot = (await taking)!;
    expect(snapshot.project.article.body).toEqual(loaded);
    markSaved('/tmp/story.factdesk', 'story', snapshot);
    expect(documentStore.get()!.dirty).toBe(true);
  });

  it('takes none if the document closed while it was being read', async () => {
    open();
    let finishReading: () => void = () => {};
    provideEditorContent(
      () => ({ body: edited, claims: {} }),
      () => new Promise((resolve) => (finishReading = () => resolve({ body: edited, claims: {} }))),
    );
    const taking = snapshotForSave();
    closeDocument();
    finishReading();
    expect(await taking).toBeNull();
  });

  it('leaves another document alone when it finishes after that one was opened', async () => {
    open();
    const snapshot = (await snapshotForSave())!;
    openDocument(null, 'Another', createEmptyProject(new Date('2026-11-25T00:00:00Z')));
    markDirty();
    markSaved('/tmp/story.factdesk', 'story', snapshot);
    expect(documentStore.get()!).toMatchObject({ path: null, name: 'Another', dirty: true });
  });
});
