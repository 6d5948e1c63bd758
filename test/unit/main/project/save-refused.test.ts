import { afterEach, describe, expect, it, vi } from 'vitest';
import { createEmptyProject } from '../../../../shared/project/new-project';
import { projectView } from '../../../../shared/sources/source-summary';
import { bodyOf, paragraphNode, textNode } from '../../../../shared/article/lexical-json';

/** A save main refuses outright (invalid arguments) is shown to the user, not lost as an unhandled rejection. */

vi.mock('../../../../renderer/factdesk', () => ({
  factdesk: {
    saveProject: async () => {
      throw new Error(
        'Invalid arguments for saveProject: [0].project.article.body.root.children[0]: the article nests more than 100 levels deep here',
      );
    },
    listRecentProjects: async () => [],
  },
}));

const { saveDocument } = await import('../../../../renderer/project/save-document');
const { closeDocument, documentStore, markDirty, openDocument, provideEditorContent } =
  await import('../../../../renderer/project/document-store');
const { noticesStore } = await import('../../../../renderer/state/notices-store');

afterEach(() => closeDocument());

describe('a save main refuses', () => {
  it('says nothing was saved, with main’s reason, and leaves the project unsaved', async () => {
    openDocument('/tmp/story.factdesk', 'story', projectView(createEmptyProject(new Date('2026-11-26T00:00:00Z'))));
    provideEditorContent(() => ({ body: bodyOf([paragraphNode([textNode('Typed.')])]), claims: {} }));
    markDirty();
    expect(await saveDocument(false)).toBe(false);
    expect(noticesStore.get().at(-1)).toMatchObject({
      kind: 'error',
      text: 'Nothing was saved: Invalid arguments for saveProject: [0].project.article.body.root.children[0]: the article nests more than 100 levels deep here',
    });
    expect(documentStore.get()?.dirty).toBe(true);
  });
});
