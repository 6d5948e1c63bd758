import { importArticleFile } from '../../../main/services/import/article-import';
import { loadProjectFile } from '../../../main/services/project-file/project-io';
import { importSourceFile } from '../../../main/services/import/source-import';

/**
 * Run by the hostile-input suite in a child process it watches (time, memory):
 * `open PATH`, `import-article PATH`, `import-source PATH` run the app's own
 * readers and print what the user would be told; `cli ARGS…` is in factdesk.cjs.
 */
const [verb, file] = process.argv.slice(2);

const READERS: Record<string, (file: string) => Promise<{ ok: boolean; message?: string }>> = {
  open: loadProjectFile,
  'import-article': importArticleFile,
  'import-source': (path) => importSourceFile(path, new Date('2026-12-01T10:00:00Z')),
};

void READERS[verb](file).then((result) => {
  process.stdout.write(`${JSON.stringify({ ok: result.ok, message: result.message ?? null })}\n`);
});
