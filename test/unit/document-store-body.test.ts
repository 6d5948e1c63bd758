import { afterEach, describe, expect, it } from 'vitest';
import { bodyOf, paragraphNode, textNode } from '../../shared/lexical-json';
import { createEmptyProject as emptyProject } from '../../shared/new-project';
import { projectView } from '../../shared/source-summary';
import { closeDocument, currentProject, documentStore, markSaved, openDocument, provideEditorContent } from '../../renderer/state/document-store';

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

  it('is not kept after a save, and comes back if the editor goes while the project stays open', () => {
    openDocument(null, 'Untitled', createEmptyProject(new Date('2026-11-25T00:00:00Z')));
    const unprovide = provideEditorContent(() => ({ body: edited, claims: {} }));
    const saved = currentProject()!;
    markSaved('/tmp/story.factdesk', 'story', saved);
    expect(storedBody().root.children).toEqual([]);
    expect(currentProject()!.article.body).toEqual(edited);
    unprovide();
    expect(storedBody()).toEqual(edited);
    expect(currentProject()!.article.body).toEqual(edited);
  });
});
