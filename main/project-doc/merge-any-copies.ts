import { deepEqual } from '../../shared/util/deep-equal';
import { mergeProjects } from '../../shared/project/merge';
import type { Project } from '../../shared/project/schema';
import { alignedState } from './document-state';
import { describeMerge, mergeCopies, type CopyMerge } from './merge-copies';

export type MergedCopies = { ok: true; project: Project; notes: string[] } | { ok: false; message: string };

/**
 * Two copies of one project, merged as well as their history allows: as
 * documents when they share one (mergeCopies); by ids when they do not
 * (copies converted from an older file version apart) but their articles
 * agree; refused when such copies' articles differ, since a merge by ids
 * would keep one article and silently drop the other's edits.
 */
export function mergeAnyCopies(a: Project, b: Project, names: readonly [string, string]): MergedCopies {
  const merged: CopyMerge = mergeCopies(a, b, names);
  if (merged.ok) return { ok: true, project: merged.project, notes: describeMerge(merged.notes, names) };
  if (merged.kind === 'different-documents') return merged;
  if (!deepEqual(a.article.body, b.article.body)) {
    return {
      ok: false,
      message: `${merged.message} Their articles differ, so nothing was merged: merging them by ids would keep one article and drop the other’s edits. Open one in Factdesk and bring the other’s changes over.`,
    };
  }
  const { project, conflicts } = mergeProjects(null, a, b);
  const notes = conflicts.map(
    ({ mine }) =>
      `Claim ${mine.number} (“${mine.anchor.quote.exact.slice(0, 60)}”) was changed in both copies, which share no history: ${names[0]}’s version was kept. Compare it with ${names[1]}.`,
  );
  return { ok: true, project: alignedState({ ...project, yjs: a.yjs ? { ...a.yjs, checksum: '' } : null }), notes };
}
