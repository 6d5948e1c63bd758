import type { DropResult } from '../../shared/api';
import { factdesk } from '../factdesk';
import { documentStore } from './document-store';
import { confirmLeavingDocument, showOpenResult } from './file-actions';
import { importArticleFrom } from './article-import';
import { startImport } from './import-progress';
import { addSource } from './source-actions';
import { openSourceViewer } from '../state/source-viewer-store';
import { showNotice } from '../state/notices-store';
import { showSideTab } from '../state/side-panel-store';

const MAX_DROP_BYTES = 25 * 1024 * 1024;

function base64Of(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

async function send(file: File): Promise<DropResult> {
  const base64 = base64Of(new Uint8Array(await file.arrayBuffer()));
  const doc = documentStore.get();
  return factdesk.openDroppedFile({
    name: file.name,
    base64,
    projectOpen: doc !== null,
    session: doc?.session ?? null,
  });
}

/** A file dropped on the window: open a project, import an article, or add a source. */
export async function openDroppedFile(file: File): Promise<void> {
  if (file.size > MAX_DROP_BYTES) {
    showNotice('error', `“${file.name}” is too large to open by dropping it (the limit is 25 MB).`);
    return;
  }
  // Main reads a dropped article or source in its worker: its progress shows, and Cancel stops it.
  const reading = startImport(`Reading ${file.name}`, 1);
  const result = await send(file).finally(reading.finish);
  if (reading.cancelled()) return;
  if (result.kind === 'unsupported') return showNotice('error', result.message);
  if (result.kind === 'article') return importArticleFrom(async () => result.result);
  if (result.kind === 'project') {
    if (await confirmLeavingDocument()) showOpenResult(result.result);
    return;
  }
  if (!result.result.ok) return showNotice('error', result.result.message);
  addSource(result.result.source);
  showSideTab('sources');
  openSourceViewer(result.result.source.id);
  showNotice('success', `Added “${result.result.source.title}” to the sources.`);
}
