import path from 'node:path';
import { parseArgs } from 'node:util';
import { importAnnotations } from '../../shared/report/annotations-import';
import { describeFsError, loadProjectFile, saveProjectFile } from '../services/project-file/project-io';
import { readCappedFile } from '../formats/read-capped-file';
import { nothingSaved } from '../services/disk/write-errors';
import type { CliIo } from './io';

export const IMPORT_ANNOTATIONS_USAGE = `usage: factdesk import-annotations PROJECT ANNOTATIONS.jsonld -o OUT.factdesk
  Reads a W3C Web Annotation collection (as factdesk export --format annotations writes it)
  onto the project's article: each claim comes back with its highlight, number, verdict,
  tags, notes and comments; evidence links come back for sources the project has.
  -o, --output FILE        the project to write (never the one read)`;

const OPTIONS = { help: { type: 'boolean', short: 'h' }, output: { type: 'string', short: 'o' } } as const;

export async function importAnnotationsCommand(args: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    io.err(`factdesk import-annotations: ${(error as Error).message}\n${IMPORT_ANNOTATIONS_USAGE}`);
    return 2;
  }
  if (parsed.values.help) {
    io.out(IMPORT_ANNOTATIONS_USAGE);
    return 0;
  }
  const [projectFile, annotationsFile] = parsed.positionals;
  const output = parsed.values.output;
  if (parsed.positionals.length !== 2 || !output) {
    io.err(IMPORT_ANNOTATIONS_USAGE);
    return 2;
  }
  if (path.resolve(output) === path.resolve(projectFile)) {
    io.err('factdesk import-annotations: write the result to another file (-o): the project read is never changed.');
    return 2;
  }
  const loaded = await loadProjectFile(projectFile);
  if (!loaded.ok) {
    io.err(loaded.message);
    return 1;
  }
  let document: unknown;
  try {
    document = JSON.parse(
      new TextDecoder('utf-8').decode((await readCappedFile(annotationsFile, 'annotations')).bytes),
    );
  } catch (error) {
    io.err(
      `factdesk import-annotations: could not read ‘${path.basename(annotationsFile)}’: ${error instanceof SyntaxError ? 'it is not valid JSON' : describeFsError(error)}`,
    );
    return 1;
  }
  const result = importAnnotations(loaded.project, document);
  for (const problem of result.problems) io.err(`factdesk import-annotations: ${problem}`);
  if (result.added.length === 0 && result.problems.length > 0) return 1;
  try {
    await saveProjectFile(output, result.project);
  } catch (error) {
    io.err(`factdesk import-annotations: ${nothingSaved(error, output)}; ‘${path.basename(output)}’ was not written.`);
    return 1;
  }
  io.err(
    `Added ${result.added.length} ${result.added.length === 1 ? 'claim' : 'claims'}${result.added.length ? ` (${result.added.join(', ')})` : ''}; wrote ${output}`,
  );
  return 0;
}
