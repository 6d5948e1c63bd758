import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createEmptyProject } from '../../../../shared/project/new-project';
import { projectView } from '../../../../shared/sources/source-summary';
import { bodyOf, paragraphNode, textNode } from '../../../../shared/article/lexical-json';

const sent = vi.hoisted(() => [] as unknown[]);
const disk = vi.hoisted(() => ({ full: false }));
vi.mock('../../../../renderer/factdesk', () => ({
  factdesk: {
    writeBackup: async (request: unknown) => (
      sent.push(request),
      disk.full
        ? {
            key: null,
            problem:
              'The crash backup of your unsaved changes could not be written. Nothing was saved: the disk is full (0.1 MB free).',
          }
        : { key: 'backup-key' }
    ),
    discardBackup: async () => undefined,
  },
}));

const { startBackupScheduler } = await import('../../../../renderer/project/backup-scheduler');
const { closeDocument, documentStore, markDirty, openDocument, provideEditorContent } =
  await import('../../../../renderer/project/document-store');
const { noticesStore } = await import('../../../../renderer/state/notices-store');

const content = { body: bodyOf([paragraphNode([textNode('Typed before the pause.')])]), claims: {} };

describe('crash backups', () => {
  let stop: () => void;
  beforeEach(() => {
    vi.useFakeTimers();
    sent.length = 0;
    openDocument('/tmp/story.factdesk', 'story', projectView(createEmptyProject(new Date('2026-11-26T00:00:00Z'))));
    stop = startBackupScheduler();
  });
  afterEach(() => {
    stop();
    closeDocument();
    vi.useRealTimers();
  });

  /** The editor's content, handed over only when the test says (a large article is read in slices). */
  function slowEditor(): () => void {
    let finish: () => void = () => {};
    provideEditorContent(
      () => content,
      () => new Promise((resolve) => (finish = () => resolve(content))),
    );
    return () => finish();
  }

  it('sends a backup a second after edits stop', async () => {
    const finish = slowEditor();
    markDirty();
    await vi.advanceTimersByTimeAsync(1000);
    finish();
    await vi.advanceTimersByTimeAsync(50);
    expect(sent).toHaveLength(1);
    expect(JSON.stringify(sent[0])).toContain('Typed before the pause.');
  });

  it('sends nothing when a save ends while the backup is being taken (main has just deleted the last one)', async () => {
    const finish = slowEditor();
    markDirty();
    await vi.advanceTimersByTimeAsync(1000);
    documentStore.update((doc) => (doc ? { ...doc, dirty: false } : doc));
    finish();
    await vi.advanceTimersByTimeAsync(50);
    expect(sent).toEqual([]);
  });

  it('says once that a backup could not be written (a full disk), not at every pause, and again after one succeeded', async () => {
    provideEditorContent(
      () => content,
      async () => content,
    );
    const errors = () =>
      noticesStore
        .get()
        .filter((notice) => notice.kind === 'error')
        .map((notice) => notice.text);
    disk.full = true;
    for (let pause = 0; pause < 3; pause += 1) {
      markDirty();
      await vi.advanceTimersByTimeAsync(1100);
    }
    expect(sent).toHaveLength(3);
    expect(errors()).toEqual([
      'The crash backup of your unsaved changes could not be written. Nothing was saved: the disk is full (0.1 MB free).',
    ]);
    disk.full = false;
    markDirty();
    await vi.advanceTimersByTimeAsync(1100);
    disk.full = true;
    markDirty();
    await vi.advanceTimersByTimeAsync(1100);
    expect(errors()).toHaveLength(2);
    disk.full = false;
  });
});
