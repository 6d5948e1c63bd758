import { claimCounts, claimCountsText } from '../../shared/review/claim-counts';
import { loadProjectFile } from '../services/project-file/project-io';

/** "1–5, 7, 9–10" */
function numberList(numbers: number[]): string {
  const sorted = [...numbers].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j += 1;
    runs.push(j > i ? `${sorted[i]}–${sorted[j]}` : String(sorted[i]));
    i = j + 1;
  }
  return runs.join(', ');
}
import type { CliIo } from './io';

export async function validateCommand(args: string[], io: CliIo): Promise<number> {
  const file = args[0];
  if (!file || args.length > 1) {
    io.err('usage: factdesk validate FILE');
    return 2;
  }
  const loaded = await loadProjectFile(file);
  if (!loaded.ok) {
    io.err(loaded.message);
    return 1;
  }
  const { article, claims, sources, evidence } = loaded.project;
  const title = article.title.trim() || '(untitled article)';
  const orphaned = claims.filter((claim) => claim.orphaned).length;
  const orphanNote = orphaned ? `, ${orphaned} orphaned` : '';
  const review =
    claims.length > 0
      ? `; ${claimCountsText(claimCounts(claims))}; claim numbers ${numberList(claims.map((claim) => claim.number))} (next ${loaded.project.nextClaimNumber})`
      : '';
  io.out(
    `${file}: valid Factdesk project — “${title}”: ${claims.length} claims${orphanNote}, ${sources.length} sources, ${evidence.length} evidence links${review}`,
  );
  return 0;
}
