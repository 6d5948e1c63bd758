import { PanelLayout } from '../../../shared/settings/panel-layout';
import type { WindowBounds } from './settings-store';

/** Where the window was and how wide the panels were the last time a project file was open. */
export interface ProjectLayout {
  path: string;
  window: WindowBounds | null;
  panels: PanelLayout | null;
}

/** Older entries are dropped past this many projects. */
export const MAX_PROJECT_LAYOUTS = 50;

const isBounds = (value: unknown): value is WindowBounds =>
  typeof value === 'object' &&
  value !== null &&
  (['x', 'y', 'width', 'height'] as const).every((key) => Number.isFinite((value as Record<string, unknown>)[key]));

/** Settings may be hand-edited: keep the entries that make sense, drop the rest. */
export function projectLayoutsFrom(raw: unknown): ProjectLayout[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((entry: unknown) => {
    if (typeof entry !== 'object' || entry === null) return [];
    const { path, window, panels } = entry as Record<string, unknown>;
    if (typeof path !== 'string' || path === '') return [];
    return [{ path, window: isBounds(window) ? window : null, panels: PanelLayout.safeParse(panels).data ?? null }];
  });
}

export function layoutFor(layouts: readonly ProjectLayout[], path: string): ProjectLayout | null {
  return layouts.find((entry) => entry.path === path) ?? null;
}

/** The list with this project's entry changed and moved first (most recently used). */
export function withLayout(
  layouts: readonly ProjectLayout[],
  path: string,
  change: Partial<Omit<ProjectLayout, 'path'>>,
): ProjectLayout[] {
  const previous = layoutFor(layouts, path) ?? { path, window: null, panels: null };
  const rest = layouts.filter((entry) => entry.path !== path);
  return [{ ...previous, ...change }, ...rest].slice(0, MAX_PROJECT_LAYOUTS);
}
