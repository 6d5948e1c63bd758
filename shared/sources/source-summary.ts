import type { Project, ProjectView, Source, SourceSummary } from '../project/schema';

/** Between a project and its view in the window: source texts taken out, and put back. */

export function summariseSource({ text, ...rest }: Source): SourceSummary {
  return { ...rest, textLength: text.length };
}

/** The whole activity log stays in the view: main holds none of it. */
export function projectView(project: Project): ProjectView {
  return { ...project, sources: project.sources.map(summariseSource), heldActivity: '' };
}

/** Names the sources whose text `textOf` does not know. */
export class MissingSourceTextError extends Error {
  constructor(readonly sourceIds: string[]) {
    super(
      `The text of ${sourceIds.length === 1 ? 'a source' : `${sourceIds.length} sources`} is missing (${sourceIds.join(', ')}).`,
    );
  }
}

/**
 * The project with every source's text back, keys in the file's order (so a
 * save writes the same bytes). The activity log is the view's: main puts its
 * held part back (see ProjectView).
 */
export function withSourceTexts(view: ProjectView, textOf: (sourceId: string) => string | undefined): Project {
  const missing = view.sources.filter((source) => textOf(source.id) === undefined).map((source) => source.id);
  if (missing.length > 0) throw new MissingSourceTextError(missing);
  const { heldActivity: _held, ...project } = view;
  const sources = view.sources.map(({ textLength: _length, ...rest }) => ({ ...rest, text: textOf(rest.id)! }));
  return { ...project, sources };
}
