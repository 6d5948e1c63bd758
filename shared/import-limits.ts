/**
 * HTML brought into the article (imported or pasted) is nested no deeper
 * than this: deeper elements are flattened, their text kept. Main applies it
 * to imported files, the window to what it pastes; a deep body is what stops
 * the editor (and export) from rendering the article.
 */
export const MAX_IMPORTED_HTML_DEPTH = 64;
