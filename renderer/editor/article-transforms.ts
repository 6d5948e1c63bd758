import { registerList } from '@lexical/list';
import { mergeRegister } from '@lexical/utils';
import type { LexicalEditor } from 'lexical';
import { registerFlatMarks } from './claims/flat-marks';

/**
 * The article's behaviours that come with node transforms: nested marks
 * flattened, and lists (commands and transforms; what Lexical's ListPlugin
 * registers). Registered on an editor that already holds the article, each
 * transform makes Lexical mark every node of its type dirty in an update that
 * also reads the DOM selection, which forces a layout of the whole article —
 * about a quarter of a second with 2,000 paragraphs. So ArticleBodyLoader
 * registers them before it loads the article.
 */
export function registerArticleTransforms(editor: LexicalEditor): () => void {
  return mergeRegister(registerFlatMarks(editor), registerList(editor));
}
