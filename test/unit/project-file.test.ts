import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseProjectText, serializeProject } from '../../shared/project-file';
import { createEmptyProject } from '../../shared/new-project';

const demoText = readFileSync(path.resolve(__dirname, '../../demo/city-water-demo.factdesk'), 'utf8');

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
    expect(parseProjectText(serializeProject(empty))).toEqual({ ok: true, project: empty, migratedFrom: null });
  });

  it('accepts a leading byte-order mark', () => {
    expect(parseProjectText(`\ufeff${demoText}`).ok).toBe(true);
  });

  it('says where JSON breaks, with line and column', () => {
    expect(problemOf('{\n  "format": "factdesk-project",\n  "version": 1,,\n}')).toMatch(/not valid JSON \(line 3, column 16: unexpected character “,” \(property name expected\)\)/);
  });

  it('says a truncated file ends too early', () => {
    const truncated = demoText.slice(0, 500);
    expect(problemOf(truncated)).toMatch(/not valid JSON \(line \d+, column \d+: the file ends too early \(it may be truncated\)\)/);
  });

  it('refuses JSON that is not a Factdesk project', () => {
    expect(problemOf('[1, 2, 3]')).toBe('it is not a Factdesk project (the file holds no JSON object)');
    expect(problemOf('{"name": "factdesk", "version": "0.1.0"}')).toBe('it is not a Factdesk project (“format” is missing, expected "factdesk-project")');
    expect(problemOf('{"format": "excalidraw"}')).toContain('“format” is "excalidraw"');
  });

  it('refuses a file from a newer version and says what to do', () => {
    const newer = demoText.replace('"version": 1', '"version": 7');
    expect(problemOf(newer)).toBe(
      'it was made by a newer version of Factdesk (file version 7, this app reads up to 1); update Factdesk to open it',
    );
  });

  it('names the field that fails the schema', () => {
    const doc = JSON.parse(demoText);
    doc.claims[1].verdict = 'pants-on-fire';
    expect(problemOf(JSON.stringify(doc))).toMatch(/^it does not match the Factdesk project format — claims\[1\]\.verdict: /);
    delete doc.claims[1].verdict;
    doc.sources[0].text = 42;
    expect(problemOf(JSON.stringify(doc))).toMatch(/sources\[0\]\.text: .*expected string/i);
  });

  it('refuses two claims with the same id', () => {
    const doc = JSON.parse(demoText);
    doc.claims[2].id = doc.claims[0].id;
    expect(problemOf(JSON.stringify(doc))).toBe('two claims share the id “clm_rate”');
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
