import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ReportOptions } from '../../../shared/report/options';
import { renderReport, type TextFormat } from '../../../shared/report/render';
import { GOLDEN_DIR, GOLDEN_ORGANISATION, loadProject, NEWSROOM_PROJECT } from './fixture';

/**
 * Each serialiser's output for the newsroom fixture, compared byte for byte
 * with a golden file the team read by eye. After a deliberate change, run
 * with UPDATE_GOLDEN=1, read the diff, and commit it.
 */
const GOLDEN: [TextFormat, string][] = [
  ['html', 'newsroom-report.html'],
  ['md', 'newsroom-report.md'],
  ['csv', 'newsroom-report.csv'],
  ['claimreview', 'newsroom-report.claimreview.jsonld'],
  ['annotations', 'newsroom-report.annotations.jsonld'],
];

describe('report serialisers against golden files', () => {
  const project = loadProject(NEWSROOM_PROJECT);
  for (const [format, name] of GOLDEN) {
    it(`${format} matches ${name}`, () => {
      const options = ReportOptions.parse(format === 'claimreview' ? GOLDEN_ORGANISATION : {});
      const output = renderReport(project, format, options);
      const file = path.join(GOLDEN_DIR, name);
      if (process.env.UPDATE_GOLDEN === '1' || !existsSync(file)) writeFileSync(file, output);
      expect(output).toBe(readFileSync(file, 'utf8'));
    });
  }
});
