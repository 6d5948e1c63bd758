import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { rootsTouchedBy } from '../../../../main/server/update-roots';

/** What Yjs itself changes: apply the update to a copy and read the transaction's changed types. */
function oracle(doc: Y.Doc, update: Uint8Array): Set<string> | 'pending' {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  const roots = new Set<string>();
  copy.on('afterTransaction', (transaction: Y.Transaction) => {
    for (const type of transaction.changed.keys()) {
      let root = type;
      while (root._item !== null) root = root._item.parent as typeof root;
      roots.add(Y.findRootTypeKey(root));
    }
  });
  Y.applyUpdate(copy, update);
  return copy.store.pendingStructs || copy.store.pendingDs ? 'pending' : roots;
}

function roots(doc: Y.Doc, update: Uint8Array): string[] {
  const result = rootsTouchedBy(doc, update);
  if (!result.resolved) throw new Error(`unresolved: ${result.why}`);
  return [...result.roots].sort();
}

function syncedCopy(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
}

/** The update a doc produces for one change. */
function updateOf(doc: Y.Doc, change: () => void): Uint8Array {
  let captured: Uint8Array | null = null;
  const listener = (update: Uint8Array) => {
    captured = captured ? Y.mergeUpdates([captured, update]) : update;
  };
  doc.on('update', listener);
  change();
  doc.off('update', listener);
  if (!captured) throw new Error('the change produced no update');
  return captured;
}

function serverWithDecision(): Y.Doc {
  const server = new Y.Doc();
  server.clientID = 1000;
  server.getText('body').insert(0, 'The reservoir opened in 1962.');
  server.getArray('decisions').push([{ id: 'd0', action: 'approve' }]);
  return server;
}

describe('rootsTouchedBy: which top-level types a client update changes', () => {
  it('names the type of a plain edit and nothing else', () => {
    const server = serverWithDecision();
    const client = syncedCopy(server);
    expect(
      roots(
        server,
        updateOf(client, () => client.getText('body').insert(4, 'old ')),
      ),
    ).toEqual(['body']);
  });

  it('names the protected array when a client appends to or deletes from it', () => {
    const server = serverWithDecision();
    const client = syncedCopy(server);
    expect(
      roots(
        server,
        updateOf(client, () => client.getArray('decisions').push([{ id: 'forged' }])),
      ),
    ).toEqual(['decisions']);
    const other = syncedCopy(server);
    expect(
      roots(
        server,
        updateOf(other, () => other.getArray('decisions').delete(0, 1)),
      ),
    ).toEqual(['decisions']);
  });

  it('follows nested types up to their top-level type', () => {
    const server = serverWithDecision();
    const claim = new Y.Map<unknown>();
    server.getMap('claims').set('c1', claim);
    claim.set('note', new Y.Text('first draft'));
    const client = syncedCopy(server);
    const nested = (client.getMap('claims').get('c1') as Y.Map<Y.Text>).get('note') as Y.Text;
    expect(
      roots(
        server,
        updateOf(client, () => nested.insert(0, 'x')),
      ),
    ).toEqual(['claims']);
  });

  it('does not count deletions the server already applied (a reconnecting client resends its whole delete set)', () => {
    const server = serverWithDecision();
    server.getArray('decisions').push([{ id: 'd1' }]);
    server.getArray('decisions').delete(0, 1);
    const client = syncedCopy(server);
    client.getText('body').insert(0, 'Offline: ');
    const step2 = Y.encodeStateAsUpdate(client, Y.encodeStateVector(server));
    expect(roots(server, step2)).toEqual(['body']);
  });

  it('sees an item that overlaps the server’s clocks and would land beside the server’s last item', () => {
    const server = serverWithDecision();
    const forger = new Y.Doc();
    forger.clientID = server.clientID; // pretends to be the server's writer
    forger.getText('notes').insert(0, 'x'.repeat(32)); // clocks 0..31 under 'notes'; the server holds 0..29, its decision at 29
    expect(roots(server, Y.encodeStateAsUpdate(forger))).toContain('decisions');
  });

  it('refuses to resolve an item whose neighbour the server has not written yet (it would later join the server’s next decision)', () => {
    const server = serverWithDecision();
    const future = syncedCopy(server);
    future.clientID = server.clientID; // after loading, so Yjs keeps it: writes at the clock the server uses next
    future.getText('body').insert(0, '>');
    const attacker = syncedCopy(future);
    attacker.getText('body').insert(1, 'forged');
    const update = Y.encodeStateAsUpdate(attacker, Y.encodeStateVector(future)); // the attacker's item alone
    expect(oracle(server, update)).toBe('pending');
    expect(rootsTouchedBy(server, update)).toMatchObject({ resolved: false });

    // Why it matters: applied anyway, the parked item joins whatever the server writes at that clock next.
    Y.applyUpdate(server, update);
    server.getArray('decisions').push([{ id: 'server-decision' }]);
    Y.applyUpdate(server, Y.encodeStateAsUpdate(new Y.Doc())); // any later update retries parked items
    const strays = server
      .getArray('decisions')
      .toJSON()
      .filter((entry) => typeof entry === 'string');
    expect(strays.join('')).toBe('forged');
  });

  it('refuses to resolve a deletion of clocks the server has not written yet', () => {
    const server = serverWithDecision();
    const future = syncedCopy(server);
    future.clientID = server.clientID;
    future.getArray('decisions').push([{ id: 'future' }]);
    future.getArray('decisions').delete(1, 1);
    const update = Y.encodeStateAsUpdate(future, Y.encodeStateVector(future)); // no items, the whole delete set
    expect(oracle(server, update)).toBe('pending');
    expect(rootsTouchedBy(server, update)).toMatchObject({ resolved: false });
  });

  it('reports bytes that are not an update as unresolved', () => {
    expect(rootsTouchedBy(new Y.Doc(), new Uint8Array([7, 7, 7, 200, 1]))).toMatchObject({ resolved: false });
  });
});

type Replica = 'server' | 'a' | 'b';
type Op =
  | { kind: 'insert'; at: Replica; pos: number; text: string }
  | { kind: 'delete'; at: Replica; pos: number; len: number }
  | { kind: 'setClaim'; at: Replica; key: string; field: string; value: string }
  | { kind: 'deleteClaim'; at: Replica; key: string }
  | { kind: 'claimText'; at: Replica; key: string; text: string }
  | { kind: 'pushSource'; at: Replica; title: string }
  | { kind: 'deleteSource'; at: Replica; index: number }
  | { kind: 'pushDecision'; at: Replica; id: string }
  | { kind: 'deleteDecision'; at: Replica; index: number }
  | { kind: 'deliver'; pick: number }
  | { kind: 'step2'; from: 'a' | 'b' }
  | { kind: 'pull'; to: 'a' | 'b' };

const replica = fc.constantFrom<Replica>('server', 'a', 'b');
const key = fc.constantFrom('c1', 'c2', 'c3');
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constant('insert' as const),
    at: replica,
    pos: fc.nat(40),
    text: fc.string({ minLength: 1, maxLength: 4 }),
  }),
  fc.record({
    kind: fc.constant('delete' as const),
    at: replica,
    pos: fc.nat(40),
    len: fc.integer({ min: 1, max: 5 }),
  }),
  fc.record({
    kind: fc.constant('setClaim' as const),
    at: replica,
    key,
    field: fc.constantFrom('verdict', 'note'),
    value: fc.string({ maxLength: 3 }),
  }),
  fc.record({ kind: fc.constant('deleteClaim' as const), at: replica, key }),
  fc.record({
    kind: fc.constant('claimText' as const),
    at: replica,
    key,
    text: fc.string({ minLength: 1, maxLength: 3 }),
  }),
  fc.record({ kind: fc.constant('pushSource' as const), at: replica, title: fc.string({ maxLength: 3 }) }),
  fc.record({ kind: fc.constant('deleteSource' as const), at: replica, index: fc.nat(3) }),
  fc.record({ kind: fc.constant('pushDecision' as const), at: replica, id: fc.string({ minLength: 1, maxLength: 3 }) }),
  fc.record({ kind: fc.constant('deleteDecision' as const), at: replica, index: fc.nat(3) }),
  fc.record({ kind: fc.constant('deliver' as const), pick: fc.nat(20) }),
  fc.record({ kind: fc.constant('step2' as const), from: fc.constantFrom<'a' | 'b'>('a', 'b') }),
  fc.record({ kind: fc.constant('pull' as const), to: fc.constantFrom<'a' | 'b'>('a', 'b') }),
);

function change(doc: Y.Doc, step: Exclude<Op, { kind: 'deliver' | 'step2' | 'pull' }>): void {
  const body = doc.getText('body');
  const claims = doc.getMap<Y.Map<unknown>>('claims');
  const sources = doc.getArray<Y.Map<string>>('sources');
  const decisions = doc.getArray<unknown>('decisions');
  const claim = (name: string) => {
    if (!claims.has(name)) claims.set(name, new Y.Map());
    return claims.get(name) as Y.Map<unknown>;
  };
  switch (step.kind) {
    case 'insert':
      return body.insert(Math.min(step.pos, body.length), step.text);
    case 'delete':
      if (body.length > 0)
        body.delete(
          Math.min(step.pos, body.length - 1),
          Math.min(step.len, body.length - Math.min(step.pos, body.length - 1)),
        );
      return;
    case 'setClaim':
      claim(step.key).set(step.field, step.value);
      return;
    case 'deleteClaim':
      return claims.delete(step.key);
    case 'claimText': {
      const holder = claim(step.key);
      if (!(holder.get('quote') instanceof Y.Text)) holder.set('quote', new Y.Text());
      const text = holder.get('quote') as Y.Text;
      return text.insert(text.length, step.text);
    }
    case 'pushSource':
      return sources.push([new Y.Map([['title', step.title]])]);
    case 'deleteSource':
      if (step.index < sources.length) sources.delete(step.index, 1);
      return;
    case 'pushDecision':
      return decisions.push([{ id: step.id }]);
    case 'deleteDecision':
      if (step.index < decisions.length) decisions.delete(step.index, 1);
  }
}

describe('rootsTouchedBy agrees with Yjs (property test against applying to a copy)', () => {
  it('never misses a type Yjs changes, and says unresolved exactly when Yjs would park the update', () => {
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 40 }), (ops) => {
        const docs: Record<Replica, Y.Doc> = { server: new Y.Doc(), a: new Y.Doc(), b: new Y.Doc() };
        const inFlight: Uint8Array[] = [];
        for (const name of ['a', 'b'] as const) {
          docs[name].on('update', (update: Uint8Array, origin: unknown) => {
            if (origin !== 'pull') inFlight.push(update);
          });
        }
        const deliver = (update: Uint8Array) => {
          const expected = oracle(docs.server, update);
          const found = rootsTouchedBy(docs.server, update);
          if (expected === 'pending') expect(found.resolved).toBe(false);
          else {
            expect(found).toMatchObject({ resolved: true });
            if (found.resolved) for (const root of expected) expect(found.roots).toContain(root);
          }
          // Like the server: what cannot be resolved is refused, so the server never holds parked content.
          if (found.resolved) Y.applyUpdate(docs.server, update);
        };
        for (const step of ops) {
          if (step.kind === 'deliver') {
            if (inFlight.length > 0) deliver(inFlight.splice(step.pick % inFlight.length, 1)[0]);
          } else if (step.kind === 'step2') {
            deliver(Y.encodeStateAsUpdate(docs[step.from], Y.encodeStateVector(docs.server)));
          } else if (step.kind === 'pull') {
            Y.applyUpdate(
              docs[step.to],
              Y.encodeStateAsUpdate(docs.server, Y.encodeStateVector(docs[step.to])),
              'pull',
            );
          } else change(docs[step.at], step);
        }
      }),
      { numRuns: 300 },
    );
  }, 30_000);
});
