import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createHeadlessEditor } from '@lexical/headless';
import { $createLinkNode } from '@lexical/link';
import { $createListItemNode, $createListNode } from '@lexical/list';
import { $createParagraphNode, $createTextNode, $getRoot, $isElementNode, type LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import { exportBodyInSlices } from '../../../../renderer/editor/body-export';
import { ARTICLE_NODES } from '../../../../renderer/import/article-nodes';
import { generateWorkload, TYPICAL } from '../../../../bench/workload';
import { attachClaimsToBody } from '../../../../shared/claims/claims-in-body';
import type { Project } from '../../../../shared/project/schema';

/**
 * Saves and crash backups read the article a slice at a time; what they get
 * must be exactly Lexical's own export of the state at the moment they began.
 */

const demo = JSON.parse(
  readFileSync(path.resolve(__dirname, '../../../../demo/city-water-demo.factdesk'), 'utf8'),
) as Project;

function editorWith(project: Project): LexicalEditor {
  const editor = createHeadlessEditor({
    nodes: [...ARTICLE_NODES],
    onError: (error) => {
      throw error;
    },
  });
  editor.setEditorState(
    editor.parseEditorState(JSON.stringify(attachClaimsToBody(project.article.body, project.claims))),
  );
  return editor;
}

const noPause = async () => {};

describe('the article exported a slice at a time', () => {
  it('is what editorState.toJSON() gives for the demo (headings, quotes, links, formatting, overlapping highlights, claims)', async () => {
    const state = editorWith(demo).getEditorState();
    expect(await exportBodyInSlices(state, noPause)).toEqual(state.toJSON());
  });

  it('is what toJSON() gives for a generated article with a list and a link added, pausing between slices', async () => {
    const editor = editorWith(generateWorkload(TYPICAL).project);
    editor.update(
      () => {
        const item = $createListItemNode().append($createTextNode('one item').toggleFormat('bold'));
        const link = $createLinkNode('https://example.org/minutes').append($createTextNode('the minutes'));
        $getRoot().append(
          $createListNode('bullet').append(item),
          $createParagraphNode().append($createTextNode('See '), link),
        );
      },
      { discrete: true },
    );
    const state = editor.getEditorState();
    let pauses = 0;
    const exported = await exportBodyInSlices(
      state,
      async () => {
        pauses += 1;
      },
      0,
    );
    expect(exported).toEqual(state.toJSON());
    expect(JSON.stringify(exported)).toContain('"type":"list"');
    expect(pauses).toBe(state.read(() => $getRoot().getChildrenSize()) - 1);
  });

  it('is of the moment it began, even when the article is edited between slices', async () => {
    const editor = editorWith(generateWorkload(TYPICAL).project);
    const before = editor.getEditorState();
    const expected = before.toJSON();
    let edits = 0;
    const typeSomething = async () => {
      edits += 1;
      editor.update(
        () => {
          const first = $getRoot().getFirstChild();
          if ($isElementNode(first)) first.append($createTextNode(` typed while saving ${edits}`));
        },
        { discrete: true },
      );
    };
    // Every block in a slice of its own, so that each pause edits the article.
    const exported = await exportBodyInSlices(before, typeSomething, 0);
    expect(edits).toBeGreaterThan(10);
    expect(editor.getEditorState().read(() => $getRoot().getTextContent())).toContain('typed while saving');
    expect(exported).toEqual(expected);
    expect(JSON.stringify(exported)).not.toContain('typed while saving');
  });
});
