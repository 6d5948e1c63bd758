import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseProjectText } from '../../../../shared/project/project-file';
import { ReportOptions } from '../../../../shared/report/options';
import type { Project } from '../../../../shared/project/schema';

export const FIXTURES = path.resolve(__dirname, '../../../fixtures');
export const NEWSROOM_PROJECT = path.join(FIXTURES, 'projects', 'newsroom-report.factdesk');
export const GOLDEN_DIR = path.join(FIXTURES, 'reports');

export function loadProject(file: string): Project {
  const parsed = parseProjectText(readFileSync(file, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.problem);
  return parsed.project;
}

/** Options the golden ClaimReview file is written with (the other goldens use the defaults). */
export const GOLDEN_ORGANISATION = {
  organisationName: 'Northgate Courier Fact Desk',
  organisationUrl: 'https://example.org/courier/factcheck',
  reviewUrl: 'https://example.org/courier/factcheck/ferry-terminal',
};

/** The desk's report: every claim, notes and comments (the default is the publication report). */
export const INTERNAL = ReportOptions.parse({ variant: 'internal' });
