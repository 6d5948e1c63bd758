import { Database } from '@hocuspocus/extension-database';
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { startCollabServer } from '../../main/server/collab-server';
import { connect, destroyAll } from './helpers/clients';
import { stopAll, tempDir } from './helpers/processes';
import { addUsers } from './helpers/users';

afterAll(async () => {
  destroyAll();
  await stopAll();
});

/** The seam docs/collaboration.md uses for Postgres: any Hocuspocus Database extension replaces SQLite. */
describe('startCollabServer with another store', { timeout: 30_000 }, () => {
  it('loads and stores documents through the given Database extension', async () => {
    const dataDir = tempDir('store');
    const tokens = addUsers(dataDir, { 'Edith Mensah': 'editor' });
    const rows = new Map<string, Uint8Array>();
    const store = () =>
      new Database({
        fetch: async ({ documentName }) => rows.get(documentName) ?? null,
        store: async ({ documentName, state }) => void rows.set(documentName, state),
      });

    const first = await startCollabServer({ host: '127.0.0.1', port: 0, dataDir, store: store() });
    const editor = connect(first.url, 'story-store', tokens['Edith Mensah']);
    await editor.synced();
    editor.doc.getText('body').insert(0, 'Stored elsewhere.');
    editor.provider.sendStateless(JSON.stringify({ type: 'decision', action: 'sign-off', requestId: 'sign' }));
    await editor.acknowledged();
    editor.destroy();
    expect(await first.stop()).toBe(0);

    const stored = new Y.Doc();
    Y.applyUpdate(stored, rows.get('story-store') as Uint8Array);
    expect(stored.getText('body').toString()).toBe('Stored elsewhere.');
    expect(stored.getArray('decisions').toJSON()).toEqual([
      expect.objectContaining({ action: 'sign-off', claimId: null, by: 'Edith Mensah' }),
    ]);

    const second = await startCollabServer({ host: '127.0.0.1', port: 0, dataDir, store: store() });
    const again = connect(second.url, 'story-store', tokens['Edith Mensah']);
    await again.synced();
    expect(again.doc.getText('body').toString()).toBe('Stored elsewhere.');
    again.destroy();
    expect(await second.stop()).toBe(0);
  });
});
