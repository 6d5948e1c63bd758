/**
 * The blocks of a plain-text article: paragraphs are separated by blank lines;
 * where a text has none, every line is a paragraph. Lines inside a paragraph
 * are joined by a space. Shared by article import (main) and the CLI's plain
 * text, so offsets agree.
 */
export function txtBlocks(source: string): string[] {
  return txtParagraphs(source).map((block) => block.replace(/\s*\n\s*/g, ' '));
}

/** The paragraphs with their own line breaks kept (for structure recognition, which looks at lines). */
export function txtParagraphs(source: string): string[] {
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const hasBlankLines = /\n[ \t]*\n/.test(text.trim());
  const blocks = hasBlankLines ? text.split(/\n[ \t]*\n/) : text.split('\n');
  return blocks.map((block) => block.trim()).filter((block) => block !== '');
}
