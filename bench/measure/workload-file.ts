import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { alignedState } from '../../main/project-doc/document-state';
import { parseProjectText, serializeProject } from '../../shared/project/project-file';
import type { Project } from '../../shared/project/schema';

/**
 * A workload as a project file the app saved: with its Yjs state and checksum (file version 3), so an open
 * reads the state instead of seeding it (a one-off, measured by bench:document as document_seed_*).
 */
export function savedWorkloadText(project: Project): string {
  const text = serializeProject(alignedState(project));
  const parsed = parseProjectText(text);
  if (!parsed.ok) throw new Error(`bench: the workload is not a valid project: ${parsed.problem}`);
  return text;
}

/** The same bytes under each name: one file per page, so no page finds the project locked by another. */
export function writeWorkloadFiles(text: string, folder: string, names: readonly string[]): string[] {
  return names.map((name) => {
    const file = path.join(folder, `${name}.factdesk`);
    writeFileSync(file, text);
    return file;
  });
}
