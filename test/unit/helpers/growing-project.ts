import { bodyOf, paragraphNode, textNode } from '../../../shared/article/lexical-json';
import { createEmptyProject } from '../../../shared/project/new-project';
import type { Project } from '../../../shared/project/schema';

/** Version n of a project that grows with n: the same n always gives the same bytes. */
export function growingProject(version: number): Project {
  const base = createEmptyProject(new Date('2026-03-01T09:00:00Z'));
  const paragraphs = Array.from({ length: 20 + version }, (_, i) =>
    paragraphNode([
      textNode(
        `Paragraph ${i} of version ${version}: the harbour board met on Tuesday and the minutes ran long. `.repeat(6),
      ),
    ]),
  );
  return {
    ...base,
    id: 'prj_growing',
    updatedAt: `version ${version}`,
    article: { ...base.article, title: `Version ${version}`, body: bodyOf(paragraphs) },
  };
}
