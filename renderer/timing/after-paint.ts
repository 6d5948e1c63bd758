/**
 * Runs `work` once the next frame has been painted; returns a cancel. For
 * requests a change starts but need not hold up (a claim card asking main for
 * suggested evidence): React runs the effects of a click or keystroke before
 * the browser paints, so a request sent from one delays the card by its cost.
 */
export function afterNextPaint(work: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const frame = requestAnimationFrame(() => (timer = setTimeout(work, 0)));
  return () => {
    cancelAnimationFrame(frame);
    if (timer !== null) clearTimeout(timer);
  };
}
