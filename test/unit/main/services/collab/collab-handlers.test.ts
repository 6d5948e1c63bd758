import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { dispatchCall, InvalidCallError } from '../../../../../main/dispatch';
import { docFromState } from '../../../../../main/project-doc/document-state';
import { JsonSettingsStore } from '../../../../../main/services/settings/json-settings-store';
import { ensureDocumentState } from '../../../../../main/project-doc/document-state';
import { Project } from '../../../../../shared/project/schema';
import { DEMO, handlerSetup } from '../../../helpers/handler-setup';

/**
 * Sharing in main: tokens kept in settings (encrypted when a cipher is
 * given, never in a project), the shared projects list, and a state fetched
 * from a server opened as a project.
 */
const SERVER = 'ws://127.0.0.1:4321';
const share = { serverUrl: SERVER, documentId: 'prj_demo_city_water', token: 'tok-ana-1', name: 'City water' };

const demo = () => ensureDocumentState(Project.parse(JSON.parse(readFileSync(DEMO, 'utf8')))).project;

function demoState(): string {
  const doc = docFromState(demo().yjs!);
  return Buffer.from(Y.encodeStateAsUpdate(doc)).toString('base64');
}

const settingsText = (dir: string) => readFileSync(path.join(dir, 'user', 'settings.json'), 'utf8');

describe('shared projects in main', () => {
  it('remembers a share: listed, and its token given back for that document only', async () => {
    const { handlers } = handlerSetup();
    expect(await handlers.rememberSharedProject(share)).toEqual({ ok: true });
    expect(await handlers.listSharedProjects()).toMatchObject([
      { serverUrl: SERVER, documentId: 'prj_demo_city_water', name: 'City water' },
    ]);
    expect(await handlers.sharedConnection('prj_demo_city_water')).toEqual({
      serverUrl: SERVER,
      documentId: 'prj_demo_city_water',
      token: 'tok-ana-1',
    });
    expect(await handlers.sharedConnection('prj_other')).toBeNull();
    expect(await handlers.tokenForServer(SERVER)).toBe('tok-ana-1');
  });

  it('keeps the token encrypted when the system can, and not at all readable without the cipher', async () => {
    const cipher = {
      encrypt: (plain: string) => Buffer.from([...plain].reverse().join('')).toString('base64'),
      decrypt: (stored: string) => [...Buffer.from(stored, 'base64').toString()].reverse().join(''),
    };
    const { handlers, dir } = handlerSetup({ tokenCipher: cipher });
    await handlers.rememberSharedProject(share);
    expect(settingsText(dir)).not.toContain('tok-ana-1');
    expect(await handlers.tokenForServer(SERVER)).toBe('tok-ana-1');
    // The same settings read where the keychain is gone: no token, rather than a wrong one.
    const { handlers: elsewhere } = handlerSetup({
      settings: new JsonSettingsStore(path.join(dir, 'user', 'settings.json')),
    });
    expect(await elsewhere.tokenForServer(SERVER)).toBeNull();
  });

  it('opens the state fetched from a server as an unsaved project, with that state, and remembers it', async () => {
    const { handlers } = handlerSetup();
    const opened = await handlers.openSharedProject({ ...share, state: demoState() });
    if (!opened.ok) throw new Error(opened.message);
    expect(opened.path).toBeNull();
    expect(opened.project.documentId).toBe('prj_demo_city_water');
    expect(opened.project.claims).toHaveLength(5);
    expect(opened.project.article.body.root.children.length).toBeGreaterThan(3);
    const state = await handlers.readDocumentState(opened.session);
    expect(state?.updates).toHaveLength(1);
    // The sharer's seed: a copy saved from the server merges with the sharer's file as one document.
    expect(state?.seed).toBe(demo().yjs!.seed);
    expect(await handlers.sharedConnection('prj_demo_city_water')).toMatchObject({ token: 'tok-ana-1' });
  });

  it('an empty document on the server: a clear message, nothing opened or remembered', async () => {
    const { handlers } = handlerSetup();
    const empty = Buffer.from(Y.encodeStateAsUpdate(new Y.Doc())).toString('base64');
    const opened = await handlers.openSharedProject({ ...share, documentId: 'prj_nothing', state: empty });
    expect(opened).toMatchObject({ ok: false, message: expect.stringContaining('no project named “prj_nothing”') });
    expect(await handlers.listSharedProjects()).toEqual([]);
  });

  it('refuses malformed shares before they run: no token written', async () => {
    const { handlers, dir } = handlerSetup();
    for (const bad of [
      { ...share, serverUrl: 'http://evil.example' },
      { ...share, documentId: '../../etc/passwd' },
      { ...share, token: 'has spaces in it' },
      { ...share, token: '' },
    ])
      await expect(dispatchCall(handlers, 'rememberSharedProject', [bad])).rejects.toBeInstanceOf(InvalidCallError);
    expect(await handlers.listSharedProjects()).toEqual([]);
    expect(() => settingsText(dir)).toThrow();
  });
});
