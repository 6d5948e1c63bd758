import { MAX_BODY_DEPTH } from './article-body';

/**
 * HTML brought into the article (imported or pasted) is nested no deeper
 * than this: deeper elements are flattened, their text kept. Main applies it
 * to imported files, the window to what it pastes; a deep body is what stops
 * the editor (and export) from rendering the article.
 *
 * Derived from the body's own limit, so whatever is imported can be saved:
 * one level of HTML becomes at most two levels of the body (Lexical puts a
 * list item around a list nested directly in a list), and the root and a
 * link's text add two more. 100 levels of body allow 49 of HTML.
 */
export const MAX_IMPORTED_HTML_DEPTH = Math.floor((MAX_BODY_DEPTH - 2) / 2);
