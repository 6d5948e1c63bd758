import { promises as fs, type BigIntStats } from 'node:fs';
import path from 'node:path';

/**
 * Where a report may not be written: over a Factdesk project or its .bak,
 * or over the project being exported, however the path is spelled
 * (`sub/../story.factdesk`, a symlink, a hard link). Checked on the path
 * as the file system resolves it, before anything is written.
 */

const PROJECT_NAME = /\.factdesk$/i;
const BACKUP_NAME = /\.factdesk\.bak$/i;

/** The path with every symlink resolved; a file not there yet keeps its name in its resolved folder. */
async function realPathOf(target: string): Promise<string> {
  const absolute = path.resolve(target);
  try {
    return await fs.realpath(absolute);
  } catch {
    const folder = await fs.realpath(path.dirname(absolute)).catch(() => path.dirname(absolute));
    return path.join(folder, path.basename(absolute));
  }
}

async function statOrNull(file: string): Promise<BigIntStats | null> {
  return fs.stat(file, { bigint: true }).catch(() => null);
}

function sameFile(a: BigIntStats | null, b: BigIntStats | null): boolean {
  return a !== null && b !== null && a.ino !== 0n && a.dev === b.dev && a.ino === b.ino;
}

function describeByName(shown: string, real: string): string | null {
  const name = `‘${path.basename(shown)}’`;
  const realName = `‘${path.basename(real)}’`;
  if (BACKUP_NAME.test(shown)) return `${name} is the backup of a Factdesk project`;
  if (PROJECT_NAME.test(shown)) return `${name} is a Factdesk project`;
  if (BACKUP_NAME.test(real)) return `${name} leads to ${realName}, the backup of a Factdesk project`;
  if (PROJECT_NAME.test(real)) return `${name} leads to the Factdesk project ${realName}`;
  return null;
}

/** Why a report must not be written to `target` (`projects`: the files being exported), or null when it may. */
export async function reportTargetProblem(target: string, projects: readonly string[]): Promise<string | null> {
  const real = await realPathOf(target);
  const targetStat = await statOrNull(real);
  for (const project of projects) {
    const realProject = await realPathOf(project);
    if (real === realProject || sameFile(targetStat, await statOrNull(realProject)))
      return `‘${path.basename(target)}’ is the project being exported`;
    if (real === `${realProject}.bak`) return `‘${path.basename(target)}’ is the backup of the project being exported`;
  }
  return describeByName(target, real);
}
