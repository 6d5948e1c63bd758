import { describe, expect, it } from 'vitest';
import { plainTextAsHtml } from '../../../../renderer/editor/plugins/paste-plain-text';

describe('plain text pasted into the article', () => {
  it('makes a paragraph of each block between blank lines, lines inside one joined by a space', () => {
    expect(plainTextAsHtml('Headline here\r\n\r\nFirst line\r\nof a paragraph.\r\n\r\n\r\nLast one.')).toBe(
      '<p>Headline here</p><p>First line of a paragraph.</p><p>Last one.</p>',
    );
  });

  it('makes a paragraph of every line of text with no blank lines', () => {
    expect(plainTextAsHtml('One.\nTwo.\nThree.')).toBe('<p>One.</p><p>Two.</p><p>Three.</p>');
  });

  it('escapes markup, so pasted text is text', () => {
    expect(plainTextAsHtml('<img src=x onerror=alert(1)>\n\nA & B')).toBe(
      '<p>&lt;img src=x onerror=alert(1)&gt;</p><p>A &amp; B</p>',
    );
  });

  it('leaves text of one line to go in as it is, spaces and all', () => {
    expect(plainTextAsHtml(' a few words ')).toBeNull();
    expect(plainTextAsHtml('a few words\n')).toBeNull();
  });
});
