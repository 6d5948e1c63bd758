import { describe, expect, it } from 'vitest';
import {
  bodyOf,
  elementNode,
  headingNode,
  markNode,
  paragraphNode,
  quoteNode,
  textNode,
} from '../../../../shared/article/lexical-json';
import { plainTextOf } from '../../../../shared/article/plain-text';
import { refreshClaimAnchors } from '../../../../shared/anchoring/refresh-claim-anchors';
import { newClaim } from '../../../../shared/claims/claim-factory';
import { createEmptyProject } from '../../../../shared/project/new-project';
import type { Claim } from '../../../../shared/project/schema';

describe('plainTextOf', () => {
  it('joins blocks with one newline and keeps headings, quotes and list items as blocks', () => {
    const body = bodyOf([
      headingNode('h2', [textNode('Title')]),
      paragraphNode([textNode('First '), textNode('para', 1), textNode('graph.')]),
      quoteNode([textNode('A quote')]),
      elementNode(
        'list',
        [
          elementNode('listitem', [textNode('one')]),
          elementNode('listitem', [elementNode('list', [elementNode('listitem', [textNode('nested')])])]),
        ],
        { listType: 'bullet' },
      ),
      paragraphNode([]),
      paragraphNode([textNode('Line'), { type: 'linebreak', version: 1 }, textNode('break')]),
    ]);
    expect(plainTextOf(body).text).toBe('Title\nFirst paragraph.\nA quote\none\nnested\n\nLine\nbreak');
  });

  it('finds each mark’s span, across paragraphs and inside links and other marks', () => {
    const body = bodyOf([
      paragraphNode([
        textNode('Alpha '),
        markNode(['a'], [textNode('beta '), markNode(['a', 'b'], [textNode('gamma')])]),
        textNode(' delta'),
      ]),
      paragraphNode([
        markNode(['c'], [elementNode('link', [textNode('linked')], { url: 'https://example.org' })]),
        markNode(['b'], [textNode(' tail')]),
      ]),
    ]);
    const { text, marks } = plainTextOf(body);
    expect(text).toBe('Alpha beta gamma delta\nlinked tail');
    expect(text.slice(marks.get('a')!.start, marks.get('a')!.end)).toBe('beta gamma');
    expect(text.slice(marks.get('c')!.start, marks.get('c')!.end)).toBe('linked');
    // b is split in two places: its span runs from the first to the last.
    expect(text.slice(marks.get('b')!.start, marks.get('b')!.end)).toBe('gamma delta\nlinked tail');
  });
});

describe('refreshClaimAnchors', () => {
  const claim = (id: string): Claim => ({
    ...newClaim(id, 'old', '', new Date('2026-11-22T00:00:00Z')),
    anchor: { position: { start: 0, end: 1 }, quote: { exact: 'old', prefix: '', suffix: '' } },
  });

  it('recomputes selectors from the marks and orphans a claim whose mark is gone', () => {
    const project = {
      ...createEmptyProject(new Date()),
      claims: [claim('kept'), claim('gone')],
    };
    project.article.body = bodyOf([
      paragraphNode([
        textNode('The mayor said '),
        markNode(['kept'], [textNode('3,000 riders')]),
        textNode(' a night.'),
      ]),
    ]);
    const refreshed = refreshClaimAnchors(project);
    expect(refreshed.claims[0].anchor).toEqual({
      position: { start: 15, end: 27 },
      quote: { exact: '3,000 riders', prefix: 'The mayor said ', suffix: ' a night.' },
    });
    expect(refreshed.claims[0].orphaned).toBe(false);
    expect(refreshed.claims[1].orphaned).toBe(true);
    expect(refreshed.claims[1].anchor.quote.exact).toBe('old');
  });
});
