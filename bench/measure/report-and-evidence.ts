import { buildEvidenceIndex, suggestEvidence } from '../../shared/evidence/evidence-index';
import { refreshClaimAnchors } from '../../shared/anchoring/refresh-claim-anchors';
import { DEFAULT_REPORT_OPTIONS } from '../../shared/report/options';
import { renderReport } from '../../shared/report/render';
import type { Project } from '../../shared/project/schema';
import { median, percentile, result, type BenchResult } from './stats';

function timed(work: () => void): number {
  const start = performance.now();
  work();
  return performance.now() - start;
}

/** The HTML report of the whole project, as the app and the CLI write it; baseline: JSON.stringify of the same project. */
export function exportFigures(project: Project, runs = 3): BenchResult {
  const anchored = refreshClaimAnchors(project);
  renderReport(anchored, 'html', DEFAULT_REPORT_OPTIONS); // warm-up
  const value = median(
    Array.from({ length: runs }, () => timed(() => renderReport(anchored, 'html', DEFAULT_REPORT_OPTIONS))),
  );
  const baseline = median(Array.from({ length: runs }, () => timed(() => JSON.stringify(project))));
  return result(
    'export_html_large',
    value,
    baseline,
    'ms',
    `median of ${runs}: report model + escaped HTML for ${project.claims.length} claims; baseline JSON.stringify of the project`,
  );
}

/** Evidence suggestions for claims of the project across all its sources (index built once, as in the app). */
export function evidenceFigures(project: Project, claimCount = 60): BenchResult[] {
  let index!: ReturnType<typeof buildEvidenceIndex>;
  const buildMs = timed(() => {
    index = buildEvidenceIndex(project.sources);
  });
  const step = Math.max(1, Math.floor(project.claims.length / claimCount));
  const times = project.claims
    .filter((_, i) => i % step === 0)
    .slice(0, claimCount)
    .map((claim) => timed(() => suggestEvidence(index, claim.anchor.quote.exact, { top: 5 })));
  const note = `${times.length} claims across ${project.sources.length} sources`;
  return [
    result('evidence_suggest_median', median(times), null, 'ms', note),
    result('evidence_suggest_p95', percentile(times, 0.95), null, 'ms', note),
    result('evidence_index_build', buildMs, null, 'ms', `${project.sources.length} sources, built once per project`),
  ];
}
