/**
 * The DOM selection inside the source viewer as offsets into source.text:
 * every rendered run carries data-start, its offset in the text.
 */

function offsetOf(container: HTMLElement, node: Node, offset: number, textLength: number): number | null {
  if (node.nodeType === Node.TEXT_NODE) {
    const run = node.parentElement?.closest<HTMLElement>('[data-start]');
    if (!run || !container.contains(run)) return null;
    return Number(run.dataset.start) + offset;
  }
  if (node === container || container.contains(node)) {
    const element = node as HTMLElement;
    const child = element.childNodes[offset] as HTMLElement | undefined;
    if (!child) return node === container ? textLength : null;
    const run = child.nodeType === Node.ELEMENT_NODE ? child.closest<HTMLElement>('[data-start]') : null;
    return run ? Number(run.dataset.start) : null;
  }
  return null;
}

export function selectedExcerpt(container: HTMLElement, textLength: number): { start: number; end: number } | null {
  const selection = container.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const start = offsetOf(container, range.startContainer, range.startOffset, textLength);
  const end = offsetOf(container, range.endContainer, range.endOffset, textLength);
  if (start === null || end === null || end <= start) return null;
  return { start, end };
}
