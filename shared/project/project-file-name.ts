import type { Project } from './schema';

/** The name shown for a project: its file name without extension, else its article title. */
export function projectDisplayName(path: string | null, project: Project): string {
  if (path) {
    const base = path.split(/[\\/]/).pop() ?? path;
    return base.replace(/\.factdesk$/i, '');
  }
  return project.article.title.trim() || 'Untitled project';
}
