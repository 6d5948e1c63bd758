import { readFileSync } from 'node:fs';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { checksumOf, docFromState, ensureDocumentState } from '../../../../../main/project-doc/document-state';
import { projectFromServerState } from '../../../../../main/services/collab/shared-project-state';
import { Project } from '../../../../../shared/project/schema';
import { DEMO } from '../../../helpers/handler-setup';

const NOW = new Date('2026-12-02T11:00:00Z');

/** The demo's document as the server would send it: one update of the whole state. */
function serverState(): { base64: string; doc: Y.Doc } {
  const demo = Project.parse(JSON.parse(readFileSync(DEMO, 'utf8')));
  const doc = docFromState(ensureDocumentState(demo).project.yjs!);
  return { base64: Buffer.from(Y.encodeStateAsUpdate(doc)).toString('base64'), doc };
}

describe('projectFromServerState', () => {
  it('keeps the whole state it was sent, vouched for by a checksum a later open accepts', () => {
    const { base64, doc } = serverState();
    const made = projectFromServerState('prj_demo_city_water', base64, NOW);
    if (!made.ok) throw new Error(made.message);
    const { yjs } = made.project;
    const reopened = docFromState(yjs!);
    expect(Y.encodeStateVector(reopened)).toEqual(Y.encodeStateVector(doc));
    expect(reopened.get('root', Y.XmlText).toString()).toBe(doc.get('root', Y.XmlText).toString());
    expect(yjs!.checksum).toBe(checksumOf(made.project, yjs!));
    // A later open finds nothing to bring in line (no notice, the state untouched).
    const ensured = ensureDocumentState(made.project);
    expect(ensured.notice).toBeNull();
    expect(ensured.project.yjs!.updates).toEqual(yjs!.updates);
  });
});
