import { createHeadlessEditor } from '@lexical/headless';
import { $createMarkNode, MarkNode } from '@lexical/mark';
import { $createParagraphNode, $createTextNode, $getRoot, $nodesOfType, type LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import { ARTICLE_NODES } from '../../../../../renderer/import/article-nodes';
import { $marksOfClaim, provideClaimMarkKeys } from '../../../../../renderer/editor/claims/claim-marks-lookup';

/** Two paragraphs: claim a highlighted in both, claim b in the second. */
function article(): LexicalEditor {
  const editor = createHeadlessEditor({
    nodes: [...ARTICLE_NODES],
    onError: (error) => {
      throw error;
    },
  });
  editor.update(
    () => {
      const first = $createParagraphNode().append(
        $createTextNode('Before '),
        $createMarkNode(['a']).append($createTextNode('one')),
      );
      const second = $createParagraphNode().append(
        $createMarkNode(['a']).append($createTextNode('two')),
        $createTextNode(' and '),
        $createMarkNode(['b']).append($createTextNode('three')),
      );
      $getRoot().append(first, second);
    },
    { discrete: true },
  );
  return editor;
}

const texts = (editor: LexicalEditor, id: string) =>
  editor.getEditorState().read(() => $marksOfClaim(editor, id).map((mark) => mark.getTextContent()));

describe("a claim's marks", () => {
  it('are found by searching the article when no index is provided', () => {
    const editor = article();
    expect(texts(editor, 'a')).toEqual(['one', 'two']);
    expect(texts(editor, 'b')).toEqual(['three']);
    expect(texts(editor, 'gone')).toEqual([]);
  });

  it("are the index's keys when one is provided, leaving out any that no longer carry the claim", () => {
    const editor = article();
    const keys = editor.getEditorState().read(() =>
      Object.fromEntries(
        ['a', 'b'].map((id) => [
          id,
          $nodesOfType(MarkNode)
            .filter((m) => m.hasID(id))
            .map((m) => m.getKey()),
        ]),
      ),
    );
    const stop = provideClaimMarkKeys(editor, (id) =>
      id === 'a' ? [...keys.a, ...keys.b] : id === 'b' ? keys.b.slice(0, 0) : [],
    );
    expect(texts(editor, 'a')).toEqual(['one', 'two']);
    // The index is trusted, not second-guessed by a walk of the article.
    expect(texts(editor, 'b')).toEqual([]);
    stop();
    expect(texts(editor, 'b')).toEqual(['three']);
  });
});
