import { loadProjectFile } from '../services/project-io';
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
  io.out(`${file}: valid Factdesk project — “${title}”: ${claims.length} claims${orphanNote}, ${sources.length} sources, ${evidence.length} evidence links`);
  return 0;
}
