import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseProjectText, serializeProject } from '../../../../shared/project/project-file';
import { createEmptyProject } from '../../../../shared/project/new-project';

const demoText = readFileSync(path.resolve(__dirname, '../../../../demo/city-water-demo.factdesk'), 'utf8');

function problemOf(text: string): string {
  const result = parseProjectText(text);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.problem;
}

describe('parseProjectText', () => {
  it('reads the bundled demo project', () => {
    const result = parseProjectText(demoText);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.project.claims).toHaveLength(5);
    expect(result.project.sources).toHaveLength(3);
    expect(result.migratedFrom).toBeNull();
  });

  it('round-trips a project through serialise and parse', () => {
    const parsed = parseProjectText(demoText);
    if (!parsed.ok) throw new Error(parsed.problem);
    const again = parseProjectText(serializeProject(parsed.project));
    expect(again).toEqual(parsed);
    const empty = createEmptyProject(new Date('2026-01-02T03:04:05Z'));
    expect(parseProjectText(serializeProject(empty))).toEqual({
      ok: true,
      project: empty,
      migratedFrom: null,
      repairs: [],
    });
  });

  it('accepts a leading byte-order mark', () => {
    expect(parseProjectText(`\ufeff${demoText}`).ok).toBe(true);
  });

  it('says where JSON breaks, with line and column', () => {
    expect(problemOf('{\n  "format": "factdesk-project",\n  "version": 1,,\n}')).toMatch(
      /not valid JSON \(line 3, column 16: unexpected character “,” \(property name expected\)\)/,
    );
  });

  it('says a truncated file ends too early', () => {
    const truncated = demoText.slice(0, 500);
    expect(problemOf(truncated)).toMatch(
      /not valid JSON \(line \d+, column \d+: the file ends too early \(it may be truncated\)\)/,
    );
  });

  it('refuses JSON that is not a Factdesk project', () => {
    expect(problemOf('[1, 2, 3]')).toBe('it is not a Factdesk project (the file holds no JSON object)');
    expect(problemOf('{"name": "factdesk", "version": "0.1.0"}')).toBe(
      'it is not a Factdesk project (“format” is missing, expected "factdesk-project")',
    );
    expect(problemOf('{"format": "excalidraw"}')).toContain('“format” is "excalidraw"');
  });

  it('refuses a file from a newer version and says what to do', () => {
    const newer = demoText.replace('"version": 2', '"version": 7');
    expect(problemOf(newer)).toBe(
      'it was made by a newer version of Factdesk (file version 7, this app reads up to 2); update Factdesk to open it',
    );
  });

  it('names the field that fails the schema', () => {
    const doc = JSON.parse(demoText);
    doc.claims[1].verdict = 'pants-on-fire';
    expect(problemOf(JSON.stringify(doc))).toMatch(
      /^it does not match the Factdesk project format — claims\[1\]\.verdict: /,
    );
    delete doc.claims[1].verdict;
    doc.sources[0].text = 42;
    expect(problemOf(JSON.stringify(doc))).toMatch(/sources\[0\]\.text: .*expected string/i);
  });

  it('renames the later of two claims sharing an id, and says so', () => {
    const doc = JSON.parse(demoText);
    doc.claims[2].id = doc.claims[0].id;
    const result = parseProjectText(JSON.stringify(doc));
    if (!result.ok) throw new Error(result.problem);
    expect(result.project.claims.map((claim) => claim.id).slice(0, 3)).toEqual([
      'clm_rate',
      doc.claims[1].id,
      'clm_rate~2',
    ]);
    expect(result.repairs).toEqual(['Two claims shared the id “clm_rate”; the later one is now “clm_rate~2”.']);
  });

  it('drops an evidence link to a missing source and lists the repair', () => {
    const doc = JSON.parse(demoText);
    const anchor = { position: { start: 0, end: 4 }, quote: { exact: 'City', prefix: '', suffix: '' } };
    const kept = { id: 'ev_kept', claimId: doc.claims[0].id, sourceId: doc.sources[0].id, stance: 'supports', anchor };
    const link = { ...kept, id: 'ev_dangling', sourceId: 'src_gone' };
    doc.evidence = [kept, link];
    const result = parseProjectText(JSON.stringify(doc));
    if (!result.ok) throw new Error(result.problem);
    expect(result.project.evidence.map((e) => e.id)).not.toContain(link.id);
    expect(result.project.evidence).toHaveLength(doc.evidence.length - 1);
    expect(result.repairs).toEqual([
      `The evidence link “${link.id}” pointed to a source (“src_gone”) that is not in the file; it was removed.`,
    ]);
  });

  it('fills optional fields a hand-edited file left out', () => {
    const doc = JSON.parse(demoText);
    delete doc.claims[0].note;
    delete doc.claims[0].tags;
    delete doc.activity;
    const result = parseProjectText(JSON.stringify(doc));
    if (!result.ok) throw new Error(result.problem);
    expect(result.project.claims[0].note).toBe('');
    expect(result.project.claims[0].tags).toEqual({ attributed: null, disputed: null, free: [] });
    expect(result.project.activity).toEqual([]);
  });
});
