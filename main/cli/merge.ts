import path from 'node:path';
import { parseArgs } from 'node:util';
import { refreshClaimAnchors } from '../../shared/anchoring/refresh-claim-anchors';
import { withChecksum } from '../project-doc/document-state';
import { mergeAnyCopies } from '../project-doc/merge-any-copies';
import { nothingSaved } from '../services/disk/write-errors';
import { loadProjectFile, saveProjectFile } from '../services/project-file/project-io';
import type { CliIo } from './io';

export const MERGE_USAGE = `usage: factdesk merge A.factdesk B.factdesk -o OUT.factdesk
  Merges two copies of one project (someone's copy from a shared drive, say):
  every edit of both is kept — article text, highlights, claims, verdicts,
  evidence, sources. What needs a look (two verdicts set at once, a claim
  deleted in one copy and changed in the other) is printed, and shown in the app.
  Copies of different projects are refused. The two copies are never changed.
  -o, --output FILE        the merged project to write`;

const OPTIONS = { help: { type: 'boolean', short: 'h' }, output: { type: 'string', short: 'o' } } as const;

export async function mergeCommand(args: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    io.err(`factdesk merge: ${(error as Error).message}\n${MERGE_USAGE}`);
    return 2;
  }
  if (parsed.values.help) {
    io.out(MERGE_USAGE);
    return 0;
  }
  const output = parsed.values.output;
  if (parsed.positionals.length !== 2 || !output) {
    io.err(MERGE_USAGE);
    return 2;
  }
  const [first, second] = parsed.positionals;
  if ([first, second].some((input) => path.resolve(input) === path.resolve(output))) {
    io.err('factdesk merge: write the result to another file (-o): the copies read are never changed.');
    return 2;
  }
  const loaded = await Promise.all([loadProjectFile(first), loadProjectFile(second)]);
  for (const copy of loaded) {
    if (!copy.ok) {
      io.err(copy.message);
      return 1;
    }
  }
  const [a, b] = loaded.map((copy) => (copy.ok ? copy.project : null!));
  const names = [path.basename(first), path.basename(second)] as const;
  const merged = mergeAnyCopies(a, b, names);
  if (!merged.ok) {
    io.err(`factdesk merge: ${merged.message}`);
    return 1;
  }
  try {
    await saveProjectFile(output, withChecksum(refreshClaimAnchors(merged.project)));
  } catch (error) {
    io.err(`factdesk merge: ${nothingSaved(error, output)}; ‘${path.basename(output)}’ was not written.`);
    return 1;
  }
  for (const note of merged.notes) io.err(`factdesk merge: ${note}`);
  io.err(`Merged ${names[0]} and ${names[1]} into ${output}`);
  return 0;
}
