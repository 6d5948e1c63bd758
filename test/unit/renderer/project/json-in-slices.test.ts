import { describe, expect, it } from 'vitest';
import { generateWorkload, TYPICAL } from '../../../../bench/workload';
import { jsonInSlices } from '../../../../renderer/project/json-in-slices';
import { projectView } from '../../../../shared/sources/source-summary';

/** A save's project text, written a slice at a time, is exactly JSON.stringify's. */

const noPause = async () => {};

describe('JSON written a slice at a time', () => {
  it('is the text JSON.stringify gives for a whole project', async () => {
    const project = projectView(generateWorkload(TYPICAL).project);
    expect(project.claims.length).toBeGreaterThanOrEqual(40);
    expect(await jsonInSlices(project, noPause)).toBe(JSON.stringify(project));
  });

  it('is the same text for the awkward cases: undefined and functions dropped or nulled, nested long arrays, escapes, empty values', async () => {
    const long = Array.from({ length: 100 }, (_, i) =>
      i % 10 === 0 ? undefined : { i, text: `“quote” \u2028 ${i}\n`, nested: Array.from({ length: 70 }, (_, j) => j) },
    );
    const value = {
      a: undefined,
      b: () => 1,
      c: null,
      d: [],
      e: {},
      f: long,
      g: { h: long, 'key "quoted"': 'ü' },
      i: [undefined, 1],
    };
    expect(await jsonInSlices(value, noPause)).toBe(JSON.stringify(value));
    expect(await jsonInSlices('just a string', noPause)).toBe(JSON.stringify('just a string'));
    expect(await jsonInSlices(undefined, noPause)).toBe('null');
  });

  it('pauses between items of long arrays once a slice has run its time', async () => {
    const project = projectView(generateWorkload(TYPICAL).project);
    let pauses = 0;
    const text = await jsonInSlices(project, async () => void (pauses += 1), 0);
    expect(text).toBe(JSON.stringify(project));
    expect(pauses).toBeGreaterThan(project.claims.length);
  });
});
