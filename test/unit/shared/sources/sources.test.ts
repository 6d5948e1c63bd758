import { describe, expect, it } from 'vitest';
import type { EvidenceLink, Project } from '../../../../shared/project/schema';
import { anchorFor } from '../../../../shared/anchoring/selectors';
import { createSource, evidenceOfSource, locateExcerpt, withoutSource } from '../../../../shared/sources/sources';

const NOW = new Date('2026-11-20T09:30:00Z');
const TEXT = 'The board met on Monday.\nIt agreed the repairs would cost $767m.\nBills rise in April.';

function link(id: string, sourceId: string, start: number, end: number, text = TEXT): EvidenceLink {
  return {
    id,
    claimId: 'clm_1',
    sourceId,
    stance: 'supports',
    anchor: anchorFor(text, start, end),
    note: '',
    createdBy: '',
    createdAt: '',
  };
}

describe('createSource', () => {
  it('freezes the text with "\\n" line ends and stamps the access time', () => {
    const source = createSource(
      { title: '  Board minutes ', outlet: 'Water Authority', text: 'One.\r\nTwo.\rThree.' },
      NOW,
    );
    expect(source).toMatchObject({
      title: 'Board minutes',
      outlet: 'Water Authority',
      author: '',
      url: '',
      text: 'One.\nTwo.\nThree.',
      accessedAt: '2026-11-20T09:30:00.000Z',
    });
    expect(source.id).toMatch(/^src_[0-9a-f]{16}$/);
  });

  it('falls back to the file name or address for a missing title', () => {
    expect(createSource({ title: ' ', text: 'x', fileName: 'memo.docx' }, NOW).title).toBe('memo.docx');
    expect(createSource({ title: '', text: 'x', url: 'https://example.org/a' }, NOW).title).toBe(
      'https://example.org/a',
    );
    expect(createSource({ title: '', text: 'x' }, NOW).title).toBe('Untitled source');
  });
});

describe('evidence that goes with a source', () => {
  const project = {
    sources: [createSource({ title: 'A', text: TEXT }, NOW), createSource({ title: 'B', text: TEXT }, NOW)],
    evidence: [] as EvidenceLink[],
  } satisfies Pick<Project, 'sources' | 'evidence'>;
  const [a, b] = project.sources;
  project.evidence.push(link('ev_1', a.id, 0, 24), link('ev_2', b.id, 25, 64), link('ev_3', a.id, 65, 85));

  it('lists and removes a source’s links, leaving the others', () => {
    expect(evidenceOfSource(project, a.id).map((entry) => entry.id)).toEqual(['ev_1', 'ev_3']);
    const after = withoutSource(project, a.id);
    expect(after.sources.map((source) => source.title)).toEqual(['B']);
    expect(after.evidence.map((entry) => entry.id)).toEqual(['ev_2']);
  });
});

describe('locateExcerpt', () => {
  const source = { text: TEXT };
  it('keeps a link whose position still covers its quote', () => {
    expect(locateExcerpt(source, link('ev', 's', 25, 64))).toEqual({ start: 25, end: 64 });
    expect(TEXT.slice(25, 64)).toBe('It agreed the repairs would cost $767m.');
  });

  it('finds the exact quote again when the position no longer fits', () => {
    const moved = { text: `Preface added later.\n${TEXT}` };
    expect(locateExcerpt(moved, link('ev', 's', 25, 64))).toEqual({ start: 46, end: 85 });
  });

  it('reports a broken link as null', () => {
    expect(locateExcerpt({ text: 'Entirely different text.' }, link('ev', 's', 25, 64))).toBeNull();
  });
});
