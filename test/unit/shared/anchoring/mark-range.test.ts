import { describe, expect, it } from 'vitest';
import { bodyOf, markNode, paragraphNode, textNode } from '../../../../shared/article/lexical-json';
import { wrapRangeInMark } from '../../../../shared/anchoring/mark-range';
import { plainTextOf } from '../../../../shared/article/plain-text';

describe('wrapRangeInMark', () => {
  const body = bodyOf([
    paragraphNode([textNode('Fares rose by '), textNode('9%', 1), textNode(' last year.')]),
    paragraphNode([markNode(['old'], [textNode('Ridership fell')]), textNode(' in May.')]),
  ]);
  const { text } = plainTextOf(body);

  it('marks exactly the stretch asked for, across text nodes, keeping the text and its formatting', () => {
    const start = text.indexOf('rose by 9%');
    const marked = wrapRangeInMark(body, start, start + 'rose by 9%'.length, 'clm_new');
    const after = plainTextOf(marked);
    expect(after.text).toBe(text);
    expect(after.marks.get('clm_new')).toEqual({ start, end: start + 10 });
    const para = (marked.root.children[0] as { children: { type: string; children?: { format: number }[] }[] })
      .children;
    expect(para.map((node) => node.type)).toEqual(['text', 'mark', 'text']);
    expect(para[1].children!.map((node) => node.format)).toEqual([0, 1]);
  });

  it('marks inside an existing mark and across the paragraph break, leaving the other mark where it was', () => {
    const start = text.indexOf('fell');
    const end = text.indexOf(' May');
    const after = plainTextOf(wrapRangeInMark(body, start, end, 'clm_overlap'));
    expect(after.text).toBe(text);
    expect(after.marks.get('clm_overlap')).toEqual({ start, end });
    expect(after.marks.get('old')).toEqual(plainTextOf(body).marks.get('old'));
    const across = plainTextOf(wrapRangeInMark(body, text.indexOf('last'), text.indexOf(' fell'), 'clm_two'));
    expect(across.marks.get('clm_two')).toEqual({ start: text.indexOf('last'), end: text.indexOf(' fell') });
  });
});
