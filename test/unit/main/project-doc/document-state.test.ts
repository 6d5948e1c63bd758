import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTICLE_NODE_CLASSES } from '../../../../main/project-doc/article-nodes';
import {
  checksumOf,
  docFromState,
  ensureDocumentState,
  projectFromDoc,
  seedDocument,
  withChecksum,
} from '../../../../main/project-doc/document-state';
import { ARTICLE_NODES } from '../../../../renderer/import/article-nodes';
import { plainTextOf } from '../../../../shared/article/plain-text';
import { parseProjectText } from '../../../../shared/project/project-file';
import type { Project } from '../../../../shared/project/schema';
import { NEWSROOM_PROJECT } from '../../shared/report/fixture';

/** The Yjs state a project file carries (main/project-doc/document-state.ts). */

function load(file: string): Project {
  const parsed = parseProjectText(readFileSync(file, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.problem);
  return parsed.project;
}

const V2_DEMO = path.resolve(__dirname, '../../../fixtures/projects/demo-v2.factdesk');
const textsOf = (project: Project) => (id: string) => project.sources.find((source) => source.id === id)?.text;
const readable = ({ yjs: _yjs, ...project }: Project) => project;

describe('the document state of a project file', () => {
  it('is seeded the same, byte for byte, from the same readable part: two copies of a version-2 file are one document', () => {
    const project = load(V2_DEMO);
    expect(seedDocument(project)).toEqual(seedDocument(structuredClone(project)));
    const edited = { ...project, article: { ...project.article, title: 'Another title' } };
    expect(seedDocument(edited).seed).not.toBe(seedDocument(project).seed);
  });

  it('holds everything the readable part says, read back exactly', () => {
    const project = load(V2_DEMO);
    const back = projectFromDoc(docFromState(seedDocument(project)), project, textsOf(project));
    expect(readable(back)).toEqual({ ...readable(project), documentId: project.documentId });
  });

  it('holds a mark inside a mark as the editor does, one mark with both ids: same text, same highlights', () => {
    const project = load(NEWSROOM_PROJECT);
    const back = projectFromDoc(docFromState(seedDocument(project)), project, textsOf(project));
    expect({ ...readable(back), article: { ...back.article, body: null } }).toEqual({
      ...readable(project),
      article: { ...project.article, body: null },
    });
    expect(plainTextOf(back.article.body)).toEqual(plainTextOf(project.article.body));
  });

  it('is left alone on open when its checksum matches what Factdesk wrote', () => {
    const project = ensureDocumentState(load(V2_DEMO)).project;
    expect(project.yjs?.checksum).toBe(checksumOf(project, project.yjs!));
    expect(ensureDocumentState(project)).toEqual({ project, notice: null });
  });

  it('is brought in line with a readable part edited by hand, keeping its history, and the user is told', () => {
    const saved = ensureDocumentState(load(V2_DEMO)).project;
    const [first, ...others] = saved.claims;
    const paragraph = saved.article.body.root.children[0];
    // As a text editor leaves a file: the readable part changed, the stored checksum as it was.
    const handEdited: Project = {
      ...saved,
      article: {
        ...saved.article,
        body: {
          root: {
            ...saved.article.body.root,
            children: [
              {
                ...paragraph,
                children: [
                  {
                    type: 'text',
                    text: 'Edited by hand.',
                    format: 0,
                    detail: 0,
                    mode: 'normal',
                    style: '',
                    version: 1,
                  },
                ],
              },
              ...saved.article.body.root.children.slice(1),
            ],
          },
        },
      },
      claims: [{ ...first, note: 'Changed in a text editor.' }, ...others],
    };
    const opened = ensureDocumentState(handEdited);
    expect(opened.notice).toMatch(/changed outside Factdesk/);
    expect(opened.project.yjs?.seed).toBe(saved.yjs?.seed);
    expect(opened.project.yjs?.updates.slice(0, -1)).toEqual(saved.yjs?.updates);
    const back = projectFromDoc(docFromState(opened.project.yjs!), handEdited, textsOf(handEdited));
    expect(plainTextOf(back.article.body).text.startsWith('Edited by hand.\n')).toBe(true);
    expect(back.claims.find((claim) => claim.id === first.id)?.note).toBe('Changed in a text editor.');
  });

  it('is made again from the readable part when it cannot be read, and the user is told', () => {
    const saved = ensureDocumentState(load(V2_DEMO)).project;
    const broken = withChecksum({
      ...saved,
      yjs: { ...saved.yjs!, updates: ['bm90IGEgeWpzIHVwZGF0ZQ=='], checksum: 'pending' },
    });
    const opened = ensureDocumentState({ ...broken, yjs: { ...broken.yjs!, checksum: 'something else' } });
    expect(opened.notice).toMatch(/could not be read/);
    expect(opened.project.yjs?.updates).toEqual(seedDocument(saved).updates);
  });

  it('is read with the node types the window’s editor registers', () => {
    expect(ARTICLE_NODE_CLASSES.map((node) => node.getType())).toEqual(ARTICLE_NODES.map((node) => node.getType()));
  });
});
