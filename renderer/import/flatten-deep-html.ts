import { MAX_IMPORTED_HTML_DEPTH } from '../../shared/article/import-limits';
import { PAGE_SECTION_TAGS } from './page-section-tags';

const BLOCKS = new Set([
  ...['P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'UL', 'OL', 'LI'],
  ...PAGE_SECTION_TAGS.map((tag) => tag.toUpperCase()),
]);

/** The element gives way to its content; a block leaves line breaks, so its text keeps its own line. */
function unwrap(element: Element): Element[] {
  const children = [...element.children];
  const document = element.ownerDocument;
  if (BLOCKS.has(element.tagName)) {
    element.before(document.createElement('br'));
    element.after(document.createElement('br'));
  }
  // Through a fragment, not replaceWith(...childNodes): an element may hold 100,000 nodes, too many for arguments.
  const content = document.createDocumentFragment();
  while (element.firstChild) content.appendChild(element.firstChild);
  element.replaceWith(content);
  return children;
}

/**
 * Elements nested deeper than the limit give way to their content: the
 * editor then never gets a tree deeper than it can render. One pass over
 * the tree, without recursion (a line break is a leaf and stays).
 */
export function flattenDeepHtml(body: HTMLElement, maxDepth = MAX_IMPORTED_HTML_DEPTH): void {
  const within: { element: Element; depth: number }[] = [{ element: body, depth: 0 }];
  while (within.length > 0) {
    const { element, depth } = within.pop()!;
    for (const child of [...element.children]) {
      if (depth < maxDepth) within.push({ element: child, depth: depth + 1 });
      else {
        const tooDeep = [child];
        while (tooDeep.length > 0) {
          const next = tooDeep.pop()!;
          if (next.tagName !== 'BR') for (const child of unwrap(next)) tooDeep.push(child);
        }
      }
    }
  }
}
