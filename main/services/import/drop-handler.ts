import type { DropResult, DroppedFileData, SourceImportResult } from '../../../shared/api';
import { projectDisplayName } from '../../../shared/project/project-file-name';
import type { ExtractionOptions } from '../../formats/extraction/run-extraction';
import { namedExtensions } from '../../formats/formats';
import { megabytes, SIZE_LIMITS } from '../../formats/size-limits';
import { importArticleFile } from './article-import';
import { kindOfDroppedFile, withDroppedFile } from './dropped-file';
import { loadProjectFile } from '../project-file/project-io';
import { importSourceFile, type SourceResult } from './source-import';
import type { HeldProjects } from '../../project/held-project';

/**
 * A file dropped on the window: a project opens (as an unsaved copy — the
 * page cannot learn where the file lives, so Save asks), an article starts a
 * new project, a document becomes a source of the open project.
 */
export async function openDroppedFile(
  dropped: DroppedFileData,
  deps: { clock: () => Date; sessions: HeldProjects; importOptions?: () => ExtractionOptions },
): Promise<DropResult> {
  const kind = kindOfDroppedFile(dropped.name, dropped.projectOpen);
  if (!kind) {
    const readable = ['.factdesk', ...namedExtensions()].join(', ');
    return {
      kind: 'unsupported',
      message: `“${dropped.name}” is not a file Factdesk can open (projects, articles and sources: ${readable}).`,
    };
  }
  const bytes = Buffer.from(dropped.base64, 'base64');
  if (bytes.length > SIZE_LIMITS.dropped) {
    return {
      kind: 'unsupported',
      message: `“${dropped.name}” is too large to open by dropping it (the limit is ${megabytes(SIZE_LIMITS.dropped)}).`,
    };
  }
  return withDroppedFile(dropped.name, bytes, async (filePath): Promise<DropResult> => {
    if (kind === 'article') return { kind, result: await importArticleFile(filePath, deps.importOptions?.()) };
    if (kind === 'source')
      return {
        kind,
        result: keptInSession(
          await importSourceFile(filePath, deps.clock(), deps.importOptions?.()),
          dropped.session,
          deps.sessions,
        ),
      };
    const loaded = await loadProjectFile(filePath);
    if (!loaded.ok) return { kind, result: { ok: false, path: dropped.name, message: loaded.message } };
    const name = projectDisplayName(dropped.name, loaded.project);
    return {
      kind,
      result: {
        ok: true,
        path: null,
        name,
        notice: `Opened a copy of ${dropped.name}. Use Save As to keep it, or File → Open to work on the original.`,
        repairs: loaded.repairs ?? [],
        readOnly: null,
        ...deps.sessions.begin(loaded.project),
      },
    };
  });
}

/** The window keeps the source's summary; its text stays in the open project's session. */
function keptInSession(imported: SourceResult, session: string | null, sessions: HeldProjects): SourceImportResult {
  if (!imported.ok) return imported;
  if (session === null) return { ok: false, message: 'Open a project before adding sources to it.' };
  return { ok: true, source: sessions.get(session).keep(imported.source) };
}
