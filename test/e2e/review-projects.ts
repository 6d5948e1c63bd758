import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Claim, EvidenceLink, Project, Stance } from '../../shared/project/schema';
import { DEMO_PROJECT } from './harness';

/** The demo project with changes, written to `dir/name.factdesk`, for review tests that need a state the demo lacks. */

/** Evidence for the demo's claims from its own sources (the excerpts are in the source texts). */
const DEMO_EVIDENCE: Record<string, { sourceId: string; exact: string; stance: Stance }> = {
  clm_rate: {
    sourceId: 'src_budget',
    exact: 'Table 3 shows the average annual household bill rising from £412.10 to £469.80',
    stance: 'supports',
  },
  clm_cost: {
    sourceId: 'src_audit',
    exact: 'By September 2026 the forecast outturn cost had risen to £37.6 million.',
    stance: 'supports',
  },
  clm_lowest: {
    sourceId: 'src_audit',
    exact: 'after the proposed increase Port Calder would be £469.80, Ashby £455.20',
    stance: 'contradicts',
  },
};

export function demoJson(): Project {
  return JSON.parse(readFileSync(DEMO_PROJECT, 'utf8'));
}

export function evidenceFor(demo: Project, claimIds: string[]): EvidenceLink[] {
  return claimIds.map((claimId) => {
    const { sourceId, exact, stance } = DEMO_EVIDENCE[claimId];
    const text = demo.sources.find((source) => source.id === sourceId)!.text;
    const start = text.indexOf(exact);
    if (start < 0) throw new Error(`excerpt not in ${sourceId}`);
    return {
      id: `ev_${claimId}`,
      claimId,
      sourceId,
      stance,
      anchor: { position: { start, end: start + exact.length }, quote: { exact, prefix: '', suffix: '' } },
      note: '',
      createdBy: 'Priya Shah',
      createdAt: '2026-11-20T10:00:00.000Z',
    };
  });
}

/** Change claims by id (fields merged in), add evidence, and write the project. */
export function writeDemoVariant(
  dir: string,
  name: string,
  change: { claims?: Record<string, Partial<Claim>>; evidenceFor?: string[]; project?: Partial<Project> },
): string {
  const demo = demoJson();
  const claims = demo.claims.map((claim) => ({ ...claim, ...(change.claims?.[claim.id] ?? {}) }));
  const project = {
    ...demo,
    claims,
    evidence: [...demo.evidence, ...evidenceFor(demo, change.evidenceFor ?? [])],
    ...(change.project ?? {}),
  };
  const file = path.join(dir, `${name}.factdesk`);
  writeFileSync(file, `${JSON.stringify(project, null, 2)}\n`);
  return file;
}

export const hold = (reason: string) => ({
  notForPublication: { reason, by: 'Ines Marlow', at: '2026-11-20T12:00:00.000Z' },
});
