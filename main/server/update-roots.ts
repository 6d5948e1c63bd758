import * as Y from 'yjs';

/**
 * Which top-level types of `doc` an incoming Yjs update would change, found
 * without applying it. The server uses this to refuse client updates that
 * touch the server-written types (shared/collab/layout.ts).
 *
 * An encoded item names its parent only when it has no neighbours; otherwise
 * Yjs takes the parent from its left (or right) neighbour when it integrates,
 * and a nested type's items point at the item holding that type. So every
 * reference an item carries (parent, origin, right origin) is followed, in
 * the document or in the update itself, up to a top-level type; taking all of
 * them over-approximates, never under-approximates, what Yjs will change.
 * A deletion touches the type of every live item in its range.
 *
 * Anything Yjs would park as pending (a reference to content that neither the
 * document nor the update holds, a gap in a client's clocks, a deletion of
 * clocks nobody has written yet) is reported as unresolved: once parked, it
 * would integrate later next to content nobody inspected (for example the
 * server's own next decision), so the caller refuses it.
 */
export type UpdateRoots = { resolved: true; roots: Set<string> } | { resolved: false; why: string };

type Struct = Y.Item | Y.GC | Y.Skip;

class Unresolved extends Error {}

export function rootsTouchedBy(doc: Y.Doc, update: Uint8Array): UpdateRoots {
  try {
    return { resolved: true, roots: new UpdateInspection(doc, Y.decodeUpdate(update)).roots() };
  } catch (error) {
    if (error instanceof Unresolved) return { resolved: false, why: error.message };
    // Malformed bytes, or anything this reading did not foresee: refusing is the safe answer.
    return { resolved: false, why: 'the update could not be read' };
  }
}

class UpdateInspection {
  private readonly incoming = new Map<number, Struct[]>();
  /** Per client: the first clock that neither the document nor the update holds. */
  private readonly knownEnd = new Map<number, number>();
  private readonly rootsOfItem = new Map<Y.Item, Set<string>>();
  private readonly visiting = new Set<Y.Item>();
  private readonly rootOfType = new Map<Y.AbstractType<unknown>, string>();

  constructor(
    private readonly doc: Y.Doc,
    private readonly decoded: ReturnType<typeof Y.decodeUpdate>,
  ) {
    for (const struct of decoded.structs) {
      const list = this.incoming.get(struct.id.client) ?? [];
      list.push(struct);
      this.incoming.set(struct.id.client, list);
    }
    for (const [client, structs] of this.incoming) this.knownEnd.set(client, this.chainEnd(client, structs));
  }

  roots(): Set<string> {
    const roots = new Set<string>();
    for (const struct of this.decoded.structs) {
      if (!(struct instanceof Y.Item) || this.isAlreadyKnown(struct)) continue;
      for (const root of this.rootsOfIncoming(struct)) roots.add(root);
    }
    for (const [client, ranges] of this.decoded.ds.clients) {
      for (const { clock, len } of ranges) this.addDeletedRoots(client, clock, clock + len, roots);
    }
    return roots;
  }

  private state(client: number): number {
    return Y.getState(this.doc.store, client);
  }

  /** Clocks of one client must continue the document's without a gap, or Yjs parks the rest. */
  private chainEnd(client: number, structs: Struct[]): number {
    let end = this.state(client);
    for (const struct of structs) {
      if (struct.id.clock > end)
        throw new Unresolved(`the update skips clocks of client ${client} the server does not have`);
      const structEnd = struct.id.clock + struct.length;
      if (!(struct instanceof Y.Item) && !(struct instanceof Y.GC)) {
        if (structEnd > end) throw new Unresolved(`the update leaves a gap in client ${client}'s clocks`);
        continue;
      }
      end = Math.max(end, structEnd);
    }
    return end;
  }

  private isAlreadyKnown(item: Y.Item): boolean {
    return item.id.clock + item.length <= this.state(item.id.client);
  }

  /** Depth-first over the update's own references, without recursion: an offline edit can chain thousands of items. */
  private rootsOfIncoming(start: Y.Item): Set<string> {
    const stack = [start];
    while (stack.length > 0) {
      const item = stack[stack.length - 1];
      if (this.rootsOfItem.has(item)) {
        stack.pop();
        continue;
      }
      const waiting = this.incomingReferences(item).filter((reference) => !this.rootsOfItem.has(reference));
      if (waiting.length > 0) {
        if (waiting.some((reference) => this.visiting.has(reference)))
          throw new Unresolved('the update refers to itself in a loop');
        this.visiting.add(item);
        stack.push(...waiting);
        continue;
      }
      const roots = this.documentRootsOf(item);
      for (const reference of this.incomingReferences(item))
        for (const root of this.rootsOfItem.get(reference) ?? []) roots.add(root);
      this.rootsOfItem.set(item, roots);
      this.visiting.delete(item);
      stack.pop();
    }
    return this.rootsOfItem.get(start) ?? new Set();
  }

  /** Every id an item refers to: its named parent, its neighbours, and (overlapping the server) the server's last item. */
  private referencesOf(item: Y.Item): Y.ID[] {
    const ids: Y.ID[] = [];
    const parent = item.parent as unknown;
    if (parent instanceof Y.ID) ids.push(parent);
    if (item.origin) ids.push(item.origin);
    if (item.rightOrigin) ids.push(item.rightOrigin);
    // Overlapping what the server has: Yjs keeps only the new part, whose left neighbour is the server's last item.
    const known = this.state(item.id.client);
    if (item.id.clock < known) ids.push(Y.createID(item.id.client, known - 1));
    return ids;
  }

  private incomingReferences(item: Y.Item): Y.Item[] {
    const items: Y.Item[] = [];
    for (const id of this.referencesOf(item)) {
      if (id.clock >= this.state(id.client)) {
        const struct = this.incomingAt(id.client, id.clock);
        if (struct instanceof Y.Item) items.push(struct);
      }
    }
    return items;
  }

  /** The roots an item reaches directly: a parent named in the update, or items the server already has. */
  private documentRootsOf(item: Y.Item): Set<string> {
    const roots = new Set<string>();
    const parent = item.parent as unknown;
    if (typeof parent === 'string') roots.add(parent);
    for (const id of this.referencesOf(item)) {
      if (id.clock >= this.state(id.client)) continue;
      const struct = Y.getItem(this.doc.store, id) as Y.Item | Y.GC;
      // A collected neighbour makes Yjs drop the new item: it touches nothing.
      if (struct instanceof Y.Item) roots.add(this.rootOfDocItem(struct));
    }
    return roots;
  }

  private incomingAt(client: number, clock: number): Struct | undefined {
    if (clock >= (this.knownEnd.get(client) ?? this.state(client))) {
      throw new Unresolved(`the update refers to content (client ${client}, clock ${clock}) the server does not have`);
    }
    const structs = this.incoming.get(client) ?? [];
    let low = 0;
    let high = structs.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const struct = structs[middle];
      if (clock < struct.id.clock) high = middle - 1;
      else if (clock >= struct.id.clock + struct.length) low = middle + 1;
      else return struct;
    }
    return undefined;
  }

  private rootOfDocItem(item: Y.Item): string {
    let type = item.parent as unknown;
    while (type instanceof Y.AbstractType && type._item !== null) type = type._item.parent;
    if (!(type instanceof Y.AbstractType)) throw new Unresolved('the document holds an item without a parent type');
    return this.rootName(type);
  }

  private rootName(type: Y.AbstractType<unknown>): string {
    let name = this.rootOfType.get(type);
    if (name === undefined) {
      name = Y.findRootTypeKey(type);
      this.rootOfType.set(type, name);
    }
    return name;
  }

  private addDeletedRoots(client: number, start: number, end: number, roots: Set<string>): void {
    if (end > (this.knownEnd.get(client) ?? this.state(client))) {
      throw new Unresolved(`the update deletes content (client ${client}) the server does not have yet`);
    }
    const docEnd = Math.min(end, this.state(client));
    if (start >= docEnd) return; // only items this update itself inserts, already counted
    const structs = this.doc.store.clients.get(client) ?? [];
    for (let index = Y.findIndexSS(structs, start); index < structs.length; index += 1) {
      const struct = structs[index];
      if (struct.id.clock >= docEnd) break;
      if (struct instanceof Y.Item && !struct.deleted) roots.add(this.rootOfDocItem(struct));
    }
  }
}
