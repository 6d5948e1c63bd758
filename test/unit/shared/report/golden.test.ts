import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ReportOptions, type ReportVariant } from '../../../../shared/report/options';
import { renderReport, type TextFormat } from '../../../../shared/report/render';
import { GOLDEN_DIR, GOLDEN_ORGANISATION, loadProject, NEWSROOM_PROJECT } from './fixture';

/**
 * Each serialiser's output for the newsroom fixture, compared byte for byte
 * with a golden file the team read by eye. After a deliberate change, run
 * with UPDATE_GOLDEN=1, read the diff, and commit it.
 */
export const GOLDEN: [TextFormat, ReportVariant, string][] = [
  ['html', 'publication', 'newsroom-report.html'],
  ['html', 'internal', 'newsroom-report.internal.html'],
  ['md', 'publication', 'newsroom-report.md'],
  ['md', 'internal', 'newsroom-report.internal.md'],
  ['csv', 'publication', 'newsroom-report.csv'],
  ['csv', 'internal', 'newsroom-report.internal.csv'],
  ['claimreview', 'publication', 'newsroom-report.claimreview.jsonld'],
  ['annotations', 'internal', 'newsroom-report.annotations.jsonld'],
];

describe('report serialisers against golden files', () => {
  const project = loadProject(NEWSROOM_PROJECT);
  for (const [format, variant, name] of GOLDEN) {
    it(`${format} (${variant}) matches ${name}`, () => {
      // Every golden names the organisation: the publication HTML embeds the ClaimReview.
      const options = ReportOptions.parse({ ...GOLDEN_ORGANISATION, variant });
      const output = renderReport(project, format, options);
      const file = path.join(GOLDEN_DIR, name);
      if (process.env.UPDATE_GOLDEN === '1' || !existsSync(file)) writeFileSync(file, output);
      expect(output).toBe(readFileSync(file, 'utf8'));
    });
  }
});
