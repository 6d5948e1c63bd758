import { readFileSync } from 'node:fs';
import path from 'node:path';
import { HeldProjects } from '../../../../../main/project/held-project';
import { describe, expect, it } from 'vitest';
import { openDroppedFile } from '../../../../../main/services/import/drop-handler';
import { kindOfDroppedFile } from '../../../../../main/services/import/dropped-file';

const DEMO = path.resolve(__dirname, '../../../../../demo/city-water-demo.factdesk');
const clock = () => new Date('2026-11-22T10:00:00Z');

describe('files dropped on the window', () => {
  it('are told apart by extension: projects, articles, and with a project open, sources', () => {
    expect(kindOfDroppedFile('story.FACTDESK', false)).toBe('project');
    expect(kindOfDroppedFile('draft.docx', false)).toBe('article');
    expect(kindOfDroppedFile('draft.docx', true)).toBe('source');
    expect(kindOfDroppedFile('report.pdf', false)).toBe('source');
    expect(kindOfDroppedFile('photo.jpg', true)).toBeNull();
  });

  it('open a dropped project as an unsaved copy, named after the file', async () => {
    const result = await openDroppedFile(
      {
        name: 'city-water-demo.factdesk',
        base64: readFileSync(DEMO).toString('base64'),
        projectOpen: false,
        session: null,
      },
      { clock, sessions: new HeldProjects() },
    );
    expect(result.kind).toBe('project');
    if (result.kind !== 'project' || !result.result.ok) throw new Error('expected an opened project');
    expect(result.result.path).toBeNull();
    expect(result.result.name).toBe('city-water-demo');
    expect(result.result.project.claims).toHaveLength(5);
  });

  it('refuse what they cannot read, naming the file', async () => {
    const broken = await openDroppedFile(
      {
        name: 'broken.factdesk',
        base64: Buffer.from('{"format":').toString('base64'),
        projectOpen: false,
        session: null,
      },
      { clock, sessions: new HeldProjects() },
    );
    expect(broken.kind === 'project' && !broken.result.ok && broken.result.message).toMatch(
      /^The file ‘broken\.factdesk’ could not be opened: it is not valid JSON/,
    );
    const unknown = await openDroppedFile(
      { name: 'a.exe', base64: '', projectOpen: true, session: 'session-1' },
      { clock, sessions: new HeldProjects() },
    );
    expect(unknown).toEqual({
      kind: 'unsupported',
      message: expect.stringContaining('“a.exe” is not a file Factdesk can open'),
    });
  });
});
