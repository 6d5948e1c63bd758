/**
 * Work on many claims done in idle moments, a slice at a time, so the change
 * that caused it paints first (a claim marked near the top renumbers the
 * tooltips of every claim after it). Within a second at most, even on a busy page.
 */
export class IdleQueue {
  private readonly pending = new Set<string>();
  private handle: number | null = null;

  constructor(
    private readonly run: (ids: string[]) => void,
    private readonly slice = 200,
  ) {}

  add(ids: Iterable<string>): void {
    for (const id of ids) this.pending.add(id);
    if (this.pending.size > 0 && this.handle === null) this.handle = requestIdleCallback(this.step, { timeout: 1000 });
  }

  clear(): void {
    this.pending.clear();
    if (this.handle !== null) cancelIdleCallback(this.handle);
    this.handle = null;
  }

  private step = (deadline: IdleDeadline): void => {
    this.handle = null;
    while (this.pending.size > 0 && (deadline.didTimeout || deadline.timeRemaining() > 2)) {
      const ids = [...this.pending].slice(0, this.slice);
      ids.forEach((id) => this.pending.delete(id));
      this.run(ids);
    }
    this.add([]);
  };
}
