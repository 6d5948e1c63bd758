import { withUniqueNumbers } from '../claims/claim-numbers';
import type { Claim, EvidenceLink, Project } from './schema';

/**
 * Fix what the schema cannot see: ids used twice and evidence pointing at a
 * claim or source that is not in the file. Every change is listed in
 * `repairs` (shown to the user when the file opens); nothing is fixed
 * silently, and nothing the user wrote is dropped except a link that points
 * nowhere.
 */

export interface RepairResult {
  project: Project;
  repairs: string[];
}

const MAX_ID_LENGTH = 128;

function uniqueId(wanted: string, taken: Set<string>): string {
  for (let n = 2; ; n += 1) {
    const suffix = `~${n}`;
    const candidate = `${wanted.slice(0, MAX_ID_LENGTH - suffix.length)}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}

function withUniqueIds<T extends { id: string }>(items: readonly T[], kind: string, repairs: string[]): T[] {
  const taken = new Set(items.map((item) => item.id));
  if (taken.size === items.length) return items as T[];
  const seen = new Set<string>();
  return items.map((item) => {
    if (!seen.has(item.id)) {
      seen.add(item.id);
      return item;
    }
    const id = uniqueId(item.id, taken);
    taken.add(id);
    seen.add(id);
    repairs.push(`Two ${kind} shared the id “${item.id}”; the later one is now “${id}”.`);
    return { ...item, id };
  });
}

function repairClaimComments(claims: readonly Claim[], repairs: string[]): Claim[] {
  return claims.map((claim) => {
    const comments = withUniqueIds(claim.comments, `comments on claim “${claim.id}”`, repairs);
    return comments === claim.comments ? claim : { ...claim, comments };
  });
}

function linksWithTargets(
  evidence: readonly EvidenceLink[],
  claimIds: Set<string>,
  sourceIds: Set<string>,
  repairs: string[],
): EvidenceLink[] {
  return evidence.filter((link) => {
    if (!claimIds.has(link.claimId)) {
      repairs.push(
        `The evidence link “${link.id}” pointed to a claim (“${link.claimId}”) that is not in the file; it was removed.`,
      );
      return false;
    }
    if (!sourceIds.has(link.sourceId)) {
      repairs.push(
        `The evidence link “${link.id}” pointed to a source (“${link.sourceId}”) that is not in the file; it was removed.`,
      );
      return false;
    }
    return true;
  });
}

function numberedClaims(
  claims: readonly Claim[],
  counter: number,
  repairs: string[],
): { claims: Claim[]; nextClaimNumber: number } {
  const numbered = withUniqueNumbers(claims, counter);
  for (const { id, from, to } of numbered.renumbered) {
    repairs.push(
      from === 0
        ? `The claim “${id}” had no number; it is now claim ${to}.`
        : `Two claims were numbered ${from}; the later one (“${id}”) is now claim ${to}.`,
    );
  }
  return numbered;
}

export function repairProject(project: Project): RepairResult {
  const repairs: string[] = [];
  const { claims, nextClaimNumber } = numberedClaims(
    repairClaimComments(withUniqueIds(project.claims, 'claims', repairs), repairs),
    project.nextClaimNumber,
    repairs,
  );
  const sources = withUniqueIds(project.sources, 'sources', repairs);
  const evidence = withUniqueIds(
    linksWithTargets(project.evidence, new Set(claims.map((c) => c.id)), new Set(sources.map((s) => s.id)), repairs),
    'evidence links',
    repairs,
  );
  const activity = withUniqueIds(project.activity, 'activity log entries', repairs);
  if (repairs.length === 0 && nextClaimNumber === project.nextClaimNumber) return { project, repairs };
  return { project: { ...project, claims, nextClaimNumber, sources, evidence, activity }, repairs };
}
